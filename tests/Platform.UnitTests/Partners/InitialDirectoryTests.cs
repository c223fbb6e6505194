using PartnerLiaison.Organisations;
using PartnerLiaison.Seeding;
using Platform.ServiceDefaults.Validation;

namespace Platform.UnitTests.Partners;

/// <summary>The directory a fresh start writes holds what decision BC-14/21 names, consistently.</summary>
public sealed class InitialDirectoryTests
{
    private static readonly IReadOnlyList<string> Ids = InitialDirectory.Organisations.Select(o => o.Id).ToList();

    [Fact]
    public void Names_the_organisations_of_the_sample_decision_and_the_e_waste_coalition_members()
    {
        string[] expected =
        [
            "unep", "undesa-statistics", "iomc", "saicm", "minamata", "e-waste-coalition",
            "fao", "ilo", "itu", "itc", "unido", "unitar", "unu", "un-habitat", "who",
        ];

        Assert.All(expected, id => Assert.Contains(id, Ids));
        Assert.Equal(Ids.Count, Ids.Distinct().Count());
    }

    [Fact]
    public void Every_entry_is_valid_and_every_umbrella_comes_before_its_participants()
    {
        for (var i = 0; i < InitialDirectory.Organisations.Count; i++)
        {
            var (id, details) = InitialDirectory.Organisations[i];
            var errors = new ValidationErrors();
            new RegisterOrganisationRequest(id, details.Name, details.Acronym, details.Kind, details.ParentId).Validate(errors);
            Assert.True(errors.IsEmpty, $"{id}: {string.Join("; ", errors.ToDictionary().SelectMany(e => e.Value))}");
            if (details.ParentId is { } parent)
            {
                Assert.Contains(parent, Ids.Take(i));
            }
        }
    }

    [Fact]
    public void Iomc_participating_organisations_sit_under_iomc()
    {
        var underIomc = InitialDirectory.Organisations.Where(o => o.Details.ParentId == "iomc").Select(o => o.Id).Order(StringComparer.Ordinal);

        Assert.Equal(["fao", "ilo", "oecd", "undp", "unep", "unido", "unitar", "who", "world-bank"], underIomc);
    }

    [Fact]
    public void E_waste_coalition_members_are_all_in_the_directory_and_include_the_secretariat()
    {
        Assert.All(InitialDirectory.EWaste.Members, member => Assert.Contains(member, Ids));
        Assert.Contains(InitialDirectory.Secretariat, InitialDirectory.EWaste.Members);
        Assert.Equal(10, InitialDirectory.EWaste.Members.Count);
        Assert.Equal(OrganisationKinds.Coalition, InitialDirectory.Organisations.Single(o => o.Id == InitialDirectory.EWasteCoalition).Details.Kind);
    }
}
