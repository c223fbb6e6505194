using PartnerLiaison.Organisations;
using Platform.ServiceDefaults.Validation;

namespace Platform.UnitTests.Partners;

public sealed class OrganisationRequestTests
{
    [Fact]
    public void Complete_request_is_trimmed_and_its_kind_spelled_in_kebab_case()
    {
        var errors = new ValidationErrors();

        var details = new RegisterOrganisationRequest("basel-regional-centre-nigeria", "  BCCC Nigeria  ", " ", "Regional centre", "").Validate(errors);

        Assert.True(errors.IsEmpty);
        Assert.Equal(new OrganisationDetails("BCCC Nigeria", null, "regional-centre", null), details);
    }

    [Fact]
    public void Every_bad_field_is_named_at_once()
    {
        var errors = new ValidationErrors();

        var details = new RegisterOrganisationRequest("Not An Id", " ", new string('A', 41), "ngo", "IOMC").Validate(errors);

        Assert.Null(details);
        Assert.Equal(["acronym", "id", "kind", "name", "parentId"], errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Patch_changes_only_what_it_sends_and_an_empty_value_clears()
    {
        var current = new Organisation { Id = "fao", Name = "FAO", Acronym = "FAO", Kind = "un-entity", ParentId = "iomc" };
        var errors = new ValidationErrors();

        var details = new OrganisationPatch("Food and Agriculture Organization of the United Nations", null, null, "", 1).Validate(errors, current);

        Assert.Equal(new OrganisationDetails("Food and Agriculture Organization of the United Nations", "FAO", "un-entity", null), details);
    }

    [Fact]
    public void Details_that_match_the_entry_change_nothing()
    {
        var current = new Organisation { Id = "who", Name = "World Health Organization", Acronym = "WHO", Kind = "un-entity", ParentId = "iomc" };

        Assert.True(new OrganisationDetails("World Health Organization", "WHO", "un-entity", "iomc").Matches(current));
        Assert.False(new OrganisationDetails("World Health Organization", "WHO", "un-entity", null).Matches(current));
    }
}
