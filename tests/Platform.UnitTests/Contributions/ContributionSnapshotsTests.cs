using System.Text.Json;
using Platform.Contracts.Contributions;
using Platform.Contracts.Partners;

namespace Platform.UnitTests.Contributions;

/// <summary>An item's state is the snapshot its kind carries, on the way out and on the way in.</summary>
public sealed class ContributionSnapshotsTests
{
    private static readonly PartnerSnapshot Fao = new()
    {
        Id = "fao",
        Version = 3,
        Name = "Food and Agriculture Organization of the United Nations",
        Acronym = "FAO",
        Kind = "un-entity",
        ParentId = "iomc",
    };

    [Fact]
    public void Every_kind_a_source_lists_has_its_snapshot_type()
    {
        Assert.All(ContributionKinds.Convention.Concat(ContributionKinds.PartnerLiaison),
            kind => Assert.NotNull(ContributionSnapshots.TypeOf(kind)));
        Assert.Equal(typeof(PartnerSnapshot), ContributionSnapshots.TypeOf(ContributionKinds.Partner));
    }

    [Fact]
    public void A_state_decodes_as_the_snapshot_it_was_built_from()
    {
        var item = ContributionSnapshots.Item("partner-liaison", ContributionKinds.Partner, "fao", 3, Fao);

        Assert.Equal("iomc", item.State.GetProperty("parentId").GetString());
        Assert.Equal(Fao, Assert.IsType<PartnerSnapshot>(ContributionSnapshots.Decode(item)));
    }

    [Fact]
    public void An_item_refuses_a_state_of_another_type_than_its_kind_carries()
    {
        var exception = Assert.Throws<ArgumentException>(
            () => ContributionSnapshots.Item("partner-liaison", ContributionKinds.Coalition, "fao", 3, Fao));

        Assert.Contains("CoalitionSnapshot", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_state_of_an_unknown_kind_or_without_the_snapshot_is_not_decoded()
    {
        var unknown = ContributionSnapshots.Item("partner-liaison", ContributionKinds.Partner, "fao", 3, Fao) with { Kind = "meeting" };
        var empty = unknown with { Kind = ContributionKinds.Partner, State = JsonSerializer.SerializeToElement(new { }) };

        Assert.Throws<JsonException>(() => ContributionSnapshots.Decode(unknown));
        Assert.Throws<JsonException>(() => ContributionSnapshots.Decode(empty));
    }
}
