using System.Text;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Workflows;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Machine;
using Besluitvorming.Workflows.Organisatie;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages.Beheer.Workflows;

/// <summary>One stored version: its states and transitions as a table, the diagram, and its JSON to download.</summary>
[Authorize(Roles = Rollen.Beheerder)]
public sealed class VersieModel(BesluitvormingDbContext db, WorkflowRegister register) : PageModel
{
    public WorkflowDefinitie Definitie { get; private set; } = null!;
    public WorkflowDefinitieRecord Record { get; private set; } = null!;
    public string Mermaid { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string naam, int versie, CancellationToken ct)
    {
        if (await LaadAsync(naam, versie, ct) is { } nietGevonden) return nietGevonden;
        Definitie = await register.VersieAsync(naam, versie, ct);
        Mermaid = VoorstelMachine.Mermaid(Definitie, null);
        return Page();
    }

    /// <summary>The JSON exactly as stored, to edit into a next version.</summary>
    public async Task<IActionResult> OnGetJsonAsync(string naam, int versie, CancellationToken ct) =>
        await LaadAsync(naam, versie, ct) ?? File(Encoding.UTF8.GetBytes(Record.Json), "application/json", $"{naam}-v{versie}.json");

    private async Task<IActionResult?> LaadAsync(string naam, int versie, CancellationToken ct)
    {
        var record = await db.WorkflowDefinities.AsNoTracking().SingleOrDefaultAsync(w => w.Naam == naam && w.Versie == versie, ct);
        if (record is null) return NotFound();
        Record = record;
        return null;
    }
}
