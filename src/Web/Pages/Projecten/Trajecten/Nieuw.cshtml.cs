using Besluitvorming.Web.Data;
using Besluitvorming.Web.Organisatie;
using Besluitvorming.Web.Projecten;
using Besluitvorming.Web.Trajecten;
using Besluitvorming.Workflows.Definities;
using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Trajecten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Besluitvorming.Web.Pages.Projecten.Trajecten;

/// <summary>
/// The projectleider (or the beheerder) starts a traject in the project on the newest version of a definition of family
/// traject: its name, kern, groep and the person who owns its steps (stored for every owner role of the definition
/// other than the projectleider's). Others get 403; bad input comes back at its field with everything typed kept.
/// </summary>
public sealed class NieuwModel(BesluitvormingDbContext db, ProjectLezer lezer, ActorLader actors, TrajectDienst dienst, TimeProvider klok)
    : PageModel
{
    [BindProperty] public string? Workflow { get; set; }
    [BindProperty] public string? Naam { get; set; }
    [BindProperty] public string? Kern { get; set; }
    [BindProperty] public string? Groep { get; set; }
    [BindProperty] public string? EigenaarId { get; set; }

    public int Id { get; private set; }
    public string ProjectNaam { get; private set; } = "";
    public List<SelectListItem> Workflows { get; private set; } = [];
    public List<SelectListItem> Eigenaren { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await ToegangAsync(id) is { } weigering) return weigering;
        await KeuzesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await ToegangAsync(id) is { } weigering) return weigering;
        var actor = await actors.HuidigeAsync();
        var namen = await KeuzesAsync();
        if (string.IsNullOrWhiteSpace(Workflow) || !namen.Contains(Workflow))
            ModelState.AddModelError(nameof(Workflow), "Kies een werkwijze.");
        if (string.IsNullOrWhiteSpace(Naam)) ModelState.AddModelError(nameof(Naam), "Geef het traject een naam.");
        else if (Naam.Trim().Length > 200) ModelState.AddModelError(nameof(Naam), "De naam mag hoogstens 200 tekens hebben.");
        if (Kern?.Trim().Length > 100) ModelState.AddModelError(nameof(Kern), "De kern mag hoogstens 100 tekens hebben.");
        if (Groep?.Trim().Length > 100) ModelState.AddModelError(nameof(Groep), "De groep mag hoogstens 100 tekens hebben.");
        var project = await db.Projecten.Where(p => p.Id == id)
            .Select(p => new { p.ProjectleiderId, Naam = db.Users.Where(u => u.Id == p.ProjectleiderId).Select(u => u.Naam).FirstOrDefault() })
            .SingleAsync();
        if (project.ProjectleiderId is null || project.Naam is null)
            ModelState.AddModelError(string.Empty, "Dit project heeft geen projectleider; leg die eerst vast.");
        if (!ModelState.IsValid) return Page();

        var definitie = await dienst.NieuwsteDefinitieAsync(Workflow!);
        var rollen = definitie.Statussen.Select(s => s.EigenaarRol).OfType<string>().Where(r => r != Rollen.Projectleider).Distinct().ToList();
        var eigenaren = new Dictionary<string, Taakhouder>();
        if (rollen.Count > 0)
        {
            var eigenaar = string.IsNullOrEmpty(EigenaarId) ? null : await db.Users
                .Where(u => u.Id == EigenaarId && u.Actief)
                .Select(u => new { u.Id, u.Naam, Rollen = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToList() })
                .SingleOrDefaultAsync();
            var ontbreekt = rollen.Where(r => eigenaar is null || !eigenaar.Rollen.Contains(r)).ToList();
            if (eigenaar is null || ontbreekt.Count > 0)
            {
                ModelState.AddModelError(nameof(EigenaarId), $"Kies een medewerker met de rol {string.Join(" en ", ontbreekt.DefaultIfEmpty(rollen[0]))}.");
                return Page();
            }
            foreach (var r in rollen) eigenaren[r] = new Taakhouder(eigenaar.Id, eigenaar.Naam);
        }
        try
        {
            var traject = Traject.Start(definitie, Naam!, id, new Taakhouder(project.ProjectleiderId!, project.Naam!), eigenaren, actor,
                klok.GetUtcNow().UtcDateTime, Kern, Groep);
            await dienst.StartAsync(traject);
            return Redirect($"/Projecten/{id}/Trajecten/{traject.Id}");
        }
        catch (TrajectFout fout)
        {
            ModelState.AddModelError(fout.Veld == "naam" ? nameof(Naam) : string.Empty, fout.Message);
            return Page();
        }
    }

    private async Task<IActionResult?> ToegangAsync(int id)
    {
        var feiten = await lezer.FeitenAsync(id);
        if (feiten is null) return NotFound();
        if (!feiten.MagTrajectStarten(await actors.HuidigeAsync())) return StatusCode(StatusCodes.Status403Forbidden);
        Id = id;
        ProjectNaam = feiten.Naam;
        return null;
    }

    /// <summary>The definitions of family traject (newest version each) and the people who may own steps.</summary>
    private async Task<HashSet<string>> KeuzesAsync()
    {
        var namen = await db.WorkflowDefinities.AsNoTracking().Where(w => w.Familie == Families.Traject)
            .Select(w => w.Naam).Distinct().ToListAsync();
        var definities = new List<WorkflowDefinitie>();
        foreach (var naam in namen) definities.Add(await dienst.NieuwsteDefinitieAsync(naam));
        Workflows = definities
            .Select(d => new SelectListItem($"{d.Titel} (versie {d.Versie})", d.Naam))
            .OrderBy(i => i.Text, StringComparer.CurrentCulture).ToList();
        var rollen = new[] { Rollen.Steller, Rollen.Projectleider };
        Eigenaren = await db.Users.AsNoTracking()
            .Where(u => u.Actief && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && rollen.Contains(r.Name!))))
            .OrderBy(u => u.Naam)
            .Select(u => new SelectListItem(u.Naam, u.Id))
            .ToListAsync();
        return namen.ToHashSet();
    }
}
