using Reporting.Reports.Documents;

namespace Platform.UnitTests.Reports;

/// <summary>The annex's prose as editable sections: ids, order and text a compiler can edit.</summary>
public sealed class ReportSectionsTests
{
    [Fact]
    public void Sections_are_the_introduction_each_mandate_with_activity_in_paragraph_order_then_the_mandates_without_activity_and_assistance()
    {
        var sections = ReportSections.Compose(SampleReport.Build(), ReportLanguages.English);

        Assert.Equal(
            ["introduction", "paragraph-6b", "rc-9-9-paragraph-6c", "sc-9-18-paragraph-6c", "mandates-without-activity", "assistance"],
            sections.Select(section => section.Id));
    }

    [Fact]
    public void Section_ids_are_the_same_in_every_language()
    {
        var report = SampleReport.Build();
        var english = ReportSections.Compose(report, ReportLanguages.English).Select(section => section.Id).ToList();

        Assert.All(ReportLanguages.All, language =>
            Assert.Equal(english, ReportSections.Compose(report, language).Select(section => section.Id)));
    }

    [Fact]
    public void Section_ids_are_safe_in_a_url_path()
    {
        var sections = ReportSections.Compose(SampleReport.Build(), ReportLanguages.English);

        Assert.All(sections, section => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", section.Id));
    }

    [Fact]
    public void A_mandate_section_quotes_its_request_then_gives_one_paragraph_per_activity()
    {
        var section = ReportSections.Compose(SampleReport.Build(), ReportLanguages.English).Single(s => s.Id == "paragraph-6b");
        var paragraphs = ReportSections.Paragraphs(section.Text);

        Assert.Equal(2, paragraphs.Count);
        Assert.Equal(
            "In paragraph 6 (b) of decisions BC-14/21, RC-9/9 and SC-9/18, the conferences of the Parties requested the Secretariat "
            + "“to organise regional workshops on plastic waste & POPs <in cooperation with partners>”.",
            paragraphs[0]);
        Assert.Contains(SampleReport.JointTitle, paragraphs[1]);
    }
}
