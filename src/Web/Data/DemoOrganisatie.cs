namespace Besluitvorming.Web.Data;

/// <summary>The shape of seeds/organisatie/demo.json.</summary>
public sealed class DemoOrganisatie
{
    public List<AfdelingSeed> Afdelingen { get; set; } = [];
    public List<GebruikerSeed> Gebruikers { get; set; } = [];
    public Dictionary<string, string> PrimaireAdviseurs { get; set; } = [];
    public Dictionary<string, string> Rolhouders { get; set; } = [];
    public List<PlaatsvervangerSeed> Plaatsvervangers { get; set; } = [];
    public List<string> Kernopgaven { get; set; } = [];
    public List<ProjectSeed> Projecten { get; set; } = [];

    public sealed class AfdelingSeed
    {
        public string Naam { get; set; } = "";
        public string? Afdelingshoofd { get; set; }
        public bool Ontwikkelbedrijf { get; set; }
        public List<TeamSeed> Teams { get; set; } = [];
    }

    public sealed class TeamSeed
    {
        public string Code { get; set; } = "";
        public string Naam { get; set; } = "";
    }

    public sealed class GebruikerSeed
    {
        public string Gebruikersnaam { get; set; } = "";
        public string Naam { get; set; } = "";
        public string Email { get; set; } = "";
        public string? Telefoon { get; set; }
        public List<string> Rollen { get; set; } = [];
        public string? Afdeling { get; set; }
        public string? Team { get; set; }
        public List<string> Aspecten { get; set; } = [];
    }

    public sealed class PlaatsvervangerSeed
    {
        public string Houder { get; set; } = "";
        public string Plaatsvervanger { get; set; } = "";
    }

    public sealed class ProjectSeed
    {
        public string Naam { get; set; } = "";
        public string? Programma { get; set; }
        public string? Omschrijving { get; set; }
        public string? Afdeling { get; set; }
        public string? Projectleider { get; set; }
        public DateOnly? Start { get; set; }
        public DateOnly? Einde { get; set; }
        public string? Opdrachtgever { get; set; }
        public decimal? Budget { get; set; }
        public string? BudgetPeriode { get; set; }
        public List<string> Stakeholders { get; set; } = [];
        public List<ResultaatSeed> Resultaten { get; set; } = [];
        public List<string> Kernopgaven { get; set; } = [];
    }

    public sealed class ResultaatSeed
    {
        public string Tekst { get; set; } = "";
        public string Status { get; set; } = "NogNietGestart";
        public string? Bewijs { get; set; }
    }
}
