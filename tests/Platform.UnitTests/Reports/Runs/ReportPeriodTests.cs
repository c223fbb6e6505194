using Reporting.Reports.Runs;

namespace Platform.UnitTests.Reports.Runs;

public sealed class ReportPeriodTests
{
    private static readonly ReportPeriod Period = new(new DateOnly(2019, 5, 11), new DateOnly(2021, 7, 31));

    [Theory]
    [InlineData("2020-02-10", "2020-02-12", true)]
    [InlineData("2019-04-20", "2019-05-11", true)]
    [InlineData("2021-07-31", "2021-08-15", true)]
    [InlineData("2018-01-01", "2022-01-01", true)]
    [InlineData("2019-04-20", "2019-05-10", false)]
    [InlineData("2021-08-01", "2021-08-02", false)]
    [InlineData("2021-07-31", null, true)]
    [InlineData("2019-05-10", null, false)]
    public void An_activity_counts_when_its_dates_touch_the_period(string start, string? end, bool overlaps)
    {
        Assert.Equal(overlaps, Period.Overlaps(DateOnly.Parse(start), end is null ? null : DateOnly.Parse(end)));
    }

    [Theory]
    [InlineData("2018-03-01", null, true)]
    [InlineData("2018-03-01", "2019-05-11", true)]
    [InlineData("2018-03-01", "2019-05-10", false)]
    [InlineData("2021-08-01", null, false)]
    public void An_assistance_request_counts_when_it_was_open_during_the_period(string received, string? closed, bool covered)
    {
        Assert.Equal(covered, Period.Covers(DateOnly.Parse(received), closed is null ? null : DateOnly.Parse(closed)));
    }
}
