using Reporting.Reports.Model;
using Reporting.Reports.Runs;

namespace Platform.UnitTests.Reports.Runs;

public sealed class ReportChangesTests
{
    [Fact]
    public void Activities_are_added_changed_when_their_version_differs_or_removed()
    {
        var kept = Guid.NewGuid();
        var revised = Guid.NewGuid();
        var dropped = Guid.NewGuid();
        var added = Guid.NewGuid();
        var earlier = Report([Line(kept, 1), Line(revised, 2), Line(dropped, 1)]);
        var current = Report([Line(kept, 1), Line(revised, 3), Line(added, 1)]);

        var changes = ReportChanges.Between(earlier, current);

        Assert.Equal([added], changes.Added.Select(c => c.Id));
        var change = Assert.Single(changes.Changed);
        Assert.Equal((revised, 2, 3), (change.Id, change.VersionBefore!.Value, change.VersionAfter!.Value));
        Assert.Equal([dropped], changes.Removed.Select(c => c.Id));
    }

    [Fact]
    public void A_repair_is_stored_and_read_back_as_kind_id_and_version()
    {
        Assert.Equal(new RunRepair("decision", "BC-14/21", 1), RunRepair.Parse(RunRepair.Format("decision", "BC-14/21", 1)));
    }

    private static ReportActivity Line(Guid id, int version) => new(
        id, "Workshop", "", "meeting", "completed", new DateOnly(2020, 1, 1), null, ["basel"], [], [], [], [], false,
        new ReportSource("basel", id.ToString(), version, null));

    private static ConsolidatedReport Report(IReadOnlyList<ReportActivity> activities) => new(
        Guid.NewGuid(), "international-cooperation", "symbol", "title", new DateOnly(2019, 5, 11), new DateOnly(2021, 7, 31),
        [], "completed", [], [], activities, [], [], [],
        new ReportSummary(activities.Count, 0, 0, 0, [], [], [], []), DateTimeOffset.UnixEpoch);
}
