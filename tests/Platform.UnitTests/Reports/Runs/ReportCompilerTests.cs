using Reporting.ReadModel.Activities;
using Reporting.ReadModel.AssistanceRequests;
using Reporting.Reports.Runs;

namespace Platform.UnitTests.Reports.Runs;

public sealed class ReportCompilerTests
{
    private static readonly ReportRun Run = SampleReport.Run();

    [Fact]
    public void A_joint_activity_serves_the_joint_mandate_once_and_unserved_mandates_are_flagged()
    {
        var joint = Activity("basel", new DateOnly(2020, 11, 3), ["BC-14/21 6(b)"], ["RC-9/9 6(b)", "SC-9/18 6(b)"], ["basel", "rotterdam", "stockholm"], ["unep"]);
        var late = Activity("stockholm", new DateOnly(2022, 3, 1), ["SC-9/18 11"], [], ["stockholm"], []);

        var report = ReportCompiler.Compile(Run, Inputs([joint, late]), [], DateTimeOffset.UnixEpoch);

        var line = Assert.Single(report.Activities);
        Assert.Equal(["basel", "rotterdam", "stockholm"], line.Conventions);
        Assert.Equal(["BC-14/21 6(b)", "RC-9/9 6(b)", "SC-9/18 6(b)"], line.Mandates);
        var cooperation = report.MandateCoverage.Single(c => c.Key == "BC-14/21 6(b)");
        Assert.Equal(1, cooperation.ActivityCount);
        Assert.False(cooperation.Flagged);
        Assert.True(report.MandateCoverage.Single(c => c.Key == "BC-14/21 11").Flagged);
        Assert.Equal(1, report.Summary.JointActivities);
        Assert.Equal("completed", report.Status);
        Assert.Equal("United Nations Environment Programme", Assert.Single(report.ActivitiesByPartner).PartnerName);
    }

    [Fact]
    public void A_missing_source_makes_the_report_partial_and_is_named()
    {
        var report = ReportCompiler.Compile(Run, Inputs([]), ["stockholm"], DateTimeOffset.UnixEpoch);

        Assert.Equal("partial", report.Status);
        Assert.Equal(["stockholm"], report.MissingSources);
    }

    [Fact]
    public void A_superseded_mandate_without_activity_is_not_flagged()
    {
        var inputs = Inputs([]) with { SupersededReferences = new HashSet<string> { "RC-9/9 11" } };

        var report = ReportCompiler.Compile(Run, inputs, [], DateTimeOffset.UnixEpoch);

        Assert.False(report.MandateCoverage.Single(c => c.Key == "BC-14/21 11").Flagged);
    }

    private static ReportInputs Inputs(IReadOnlyList<ActivityRecord> activities) => new(
        activities,
        [
            JointMandatesTests.Decision("basel", "BC-14/21"),
            JointMandatesTests.Decision("rotterdam", "RC-9/9"),
            JointMandatesTests.Decision("stockholm", "SC-9/18"),
        ],
        new HashSet<string>(),
        new List<AssistanceRecord>(),
        new Dictionary<string, string> { ["unep"] = "United Nations Environment Programme" });

    private static ActivityRecord Activity(
        string convention, DateOnly start, List<string> mandates, List<string> participantMandates, List<string> conventions, List<string> partners) => new()
    {
        ActivityId = Guid.NewGuid(),
        Convention = convention,
        Version = 1,
        Title = "Joint webinar",
        Type = "capacity-building",
        Status = "completed",
        Start = start,
        End = start,
        Mandates = mandates,
        ParticipantMandates = participantMandates,
        Conventions = conventions,
        Partners = partners,
        SourceMessageId = Guid.NewGuid(),
    };
}
