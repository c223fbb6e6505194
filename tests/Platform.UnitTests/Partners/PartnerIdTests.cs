using PartnerLiaison.Organisations;
using Platform.ServiceDefaults.Validation;

namespace Platform.UnitTests.Partners;

public sealed class PartnerIdTests
{
    [Theory]
    [InlineData("unep")]
    [InlineData("undesa-statistics")]
    [InlineData("un-habitat")]
    [InlineData("world-bank")]
    [InlineData("e-waste-coalition")]
    [InlineData("g77")]
    public void Lowercase_words_joined_by_single_dashes_are_partner_ids(string id) =>
        Assert.True(PartnerId.IsValid(id));

    [Theory]
    [InlineData("UNEP")]
    [InlineData("un_habitat")]
    [InlineData("un habitat")]
    [InlineData("-unep")]
    [InlineData("unep-")]
    [InlineData("un--habitat")]
    [InlineData("unép")]
    [InlineData("u")]
    [InlineData("")]
    public void Other_spellings_are_not_partner_ids(string id) =>
        Assert.False(PartnerId.IsValid(id));

    [Fact]
    public void Id_longer_than_the_limit_is_refused()
    {
        Assert.True(PartnerId.IsValid(new string('a', PartnerId.MaxLength)));
        Assert.False(PartnerId.IsValid(new string('a', PartnerId.MaxLength + 1)));
    }

    [Fact]
    public void Missing_and_malformed_ids_are_reported_on_the_field_named()
    {
        var errors = new ValidationErrors();

        PartnerId.Check(errors, "id", null);
        PartnerId.Check(errors, "parentId", "IOMC");

        var reported = errors.ToDictionary();
        Assert.Equal(["id", "parentId"], reported.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("'IOMC' is not a partner id", reported["parentId"][0], StringComparison.Ordinal);
    }
}
