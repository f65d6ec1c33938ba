using Besluitvorming.Workflows.Organisatie;
using Besluitvorming.Workflows.Tests.Ondersteuning;
using Besluitvorming.Workflows.Voorstellen;

namespace Besluitvorming.Workflows.Tests.Voorstellen;

/// <summary>
/// Only a concept that was never submitted may be deleted: a draft by its steller or the steller's deputy, an import by the
/// bestuurssecretariaat or the beheerder.
/// </summary>
public class VoorstelVerwijderenTests
{
    [Fact]
    public void Een_nooit_ingediend_concept_mag_door_de_steller_en_diens_plaatsvervanger_worden_verwijderd()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig);
        var vervanger = Personen.Plaatsvervanger(Personen.Steller, [Rollen.Steller]);

        s.Voorstel.MagVerwijderen(Personen.Steller, s.Definitie).ShouldBeTrue();
        s.Voorstel.MagVerwijderen(vervanger, s.Definitie).ShouldBeTrue();
        Should.NotThrow(() => s.Voorstel.Verwijder(s.Context(vervanger), s.Voorstel.Revisie));
    }

    [Fact]
    public void Een_ander_mag_een_concept_niet_verwijderen()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig);

        foreach (var ander in new[] { Personen.AndereSteller, Personen.Afdelingshoofd, Personen.Bestuurssecretariaat })
        {
            s.Voorstel.MagVerwijderen(ander, s.Definitie).ShouldBeFalse(ander.Id);
            Should.Throw<GeenToegangException>(() => s.Voorstel.Verwijder(s.Context(ander), null));
        }
    }

    [Fact]
    public void Een_ingediend_voorstel_mag_niet_worden_verwijderd_ook_niet_als_het_is_teruggestuurd()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Indienen();
        s.Voorstel.MagVerwijderen(Personen.Steller, s.Definitie).ShouldBeFalse();
        Should.Throw<VoorstelFout>(() => s.Voorstel.Verwijder(s.Context(Personen.Steller), null)).Message.ShouldContain("intrekken");

        s.Voer(Personen.Afdelingshoofd, Triggers.Terugsturen, new ActieInvoer { Reden = "Eerst de planning." });
        s.Voorstel.IsBewerkbaar(s.Definitie).ShouldBeTrue();
        s.Voorstel.MagVerwijderen(Personen.Steller, s.Definitie).ShouldBeFalse("het heeft een registratienummer");
    }

    [Fact]
    public void Een_nooit_ingediende_import_verwijderen_alleen_het_bestuurssecretariaat_en_de_beheerder()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig);
        var import = Voorstel.Importeer(s.Definitie, Personen.Steller, Personen.Bestuurssecretariaat, "14-10749", "Decos JOIN",
            Guid.NewGuid(), Inhouden.Volledig, DateTime.UnixEpoch);
        var beheerder = new Actor("beheerder", "B. Beheer", new HashSet<string> { Rollen.Beheerder }, new HashSet<Aspect>(), null, new HashSet<string>());

        import.IsOningediendeImport(s.Definitie).ShouldBeTrue();
        foreach (var mag in new[] { Personen.Bestuurssecretariaat, beheerder })
        {
            import.MagVerwijderen(mag, s.Definitie).ShouldBeTrue(mag.Id);
            Should.NotThrow(() => import.Verwijder(s.Context(mag), import.Revisie));
        }
        foreach (var niet in new[] { Personen.Steller, Personen.Afdelingshoofd })
        {
            import.MagVerwijderen(niet, s.Definitie).ShouldBeFalse(niet.Id);
            Should.Throw<GeenToegangException>(() => import.Verwijder(s.Context(niet), import.Revisie)).Message.ShouldContain("geïmporteerd");
        }
    }

    [Fact]
    public void Een_ingediende_import_verwijdert_niemand()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig).Indienen();
        s.Voorstel.IsOningediendeImport(s.Definitie).ShouldBeFalse();
        s.Voorstel.MagVerwijderen(Personen.Bestuurssecretariaat, s.Definitie).ShouldBeFalse();
        Should.Throw<VoorstelFout>(() => s.Voorstel.Verwijder(s.Context(Personen.Bestuurssecretariaat), null)).Message.ShouldContain("intrekken");
    }

    [Fact]
    public void Verwijderen_vanaf_een_verouderde_pagina_wordt_geweigerd()
    {
        var s = Scenario.Nieuw(Inhouden.Volledig);
        var gezien = s.Voorstel.Revisie;
        s.Wijzig(i => i with { Onderwerp = "Intussen gewijzigd" });

        Should.Throw<VoorstelGewijzigdException>(() => s.Voorstel.Verwijder(s.Context(Personen.Steller), gezien));
    }
}
