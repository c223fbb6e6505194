using System.Xml.Linq;

namespace Platform.UnitTests.Reports;

public sealed class HtmlReportRendererTests
{
    private static readonly XNamespace X = Rendered.Xhtml;

    [Fact]
    public async Task Html_is_well_formed_xml_with_the_chart_inline_as_svg()
    {
        var html = await Rendered.Html();

        var svg = Assert.Single(html.Descendants(XName.Get("svg", "http://www.w3.org/2000/svg")));
        Assert.Equal(3, svg.Descendants(XName.Get("rect", "http://www.w3.org/2000/svg")).Count());
        Assert.NotNull(html.Root!.Element(X + "head")!.Element(X + "style"));
        Assert.Equal("utf-8", html.Root.Element(X + "head")!.Element(X + "meta")!.Attribute("charset")!.Value);
    }

    [Fact]
    public async Task Document_starts_with_the_html5_doctype_and_has_no_byte_order_mark()
    {
        var bytes = await Rendered.Bytes("html");

        Assert.Equal("<!DOCTYPE html>"u8.ToArray(), bytes[..15]);
    }

    [Fact]
    public async Task Every_text_is_html_encoded()
    {
        var html = await Rendered.Text("html");

        Assert.Contains("plastic waste &amp; POPs &lt;West Africa&gt; | Côte d’Ivoire", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<West Africa>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Joint_activity_is_listed_once_with_all_its_conventions()
    {
        var rows = Rows(await Rendered.Html(), "Activities of the period");

        var joint = Assert.Single(rows, r => r[0] == SampleReport.JointTitle);
        Assert.Equal("basel, rotterdam, stockholm", joint[1]);
        Assert.Equal(3, rows.Count);
    }

    [Fact]
    public async Task Mandates_without_activity_are_flagged_in_the_coverage_table()
    {
        var html = await Rendered.Html();
        var table = TableAfter(html, "Mandate coverage");

        var flagged = Assert.Single(table.Descendants(X + "tr"), r => (string?)r.Attribute("class") == "flagged");
        Assert.Equal("BC-14/21 6(d), RC-9/9 6(d), SC-9/18 6(d)", flagged.Elements(X + "td").First().Value);
        Assert.Equal("No activity", flagged.Elements(X + "td").Last().Value);
        Assert.Contains(Rows(html, "Mandate coverage"), r => r[0] == "BC-14/21 6(b), RC-9/9 6(b), SC-9/18 6(b)" && r[^1] == "");
    }

    [Fact]
    public async Task Missing_source_is_shown_as_an_alert()
    {
        var html = await Rendered.Html();

        var notice = Assert.Single(html.Descendants(X + "p"), p => (string?)p.Attribute("class") == "notice");
        Assert.Equal("alert", (string?)notice.Attribute("role"));
        Assert.Contains(SampleReport.MissingSource, notice.Value, StringComparison.Ordinal);
    }

    private static XElement TableAfter(XDocument html, string heading) =>
        html.Descendants(X + "h2").Single(h => h.Value == heading)
            .ElementsAfterSelf().Descendants(X + "table").First();

    private static List<string[]> Rows(XDocument html, string heading) =>
        [.. TableAfter(html, heading).Element(X + "tbody")!.Elements(X + "tr")
            .Select(r => r.Elements(X + "td").Select(c => c.Value).ToArray())];
}
