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
    public async Task Page_names_its_language_and_runs_left_to_right_in_english()
    {
        var root = (await Rendered.Html()).Root!;

        Assert.Equal("en", (string?)root.Attribute("lang"));
        Assert.Equal("ltr", (string?)root.Attribute("dir"));
    }

    [Fact]
    public async Task Cover_block_is_the_pages_header_with_the_symbols_and_the_title()
    {
        var cover = (await Rendered.Html()).Descendants(X + "header").Single();

        Assert.Equal(SampleReport.Symbols, cover.Element(X + "div")!.Elements(X + "p").Select(p => p.Value));
        Assert.Equal("Report on international cooperation and coordination", cover.Element(X + "h1")!.Value);
    }

    [Fact]
    public async Task Every_text_is_html_encoded()
    {
        var html = await Rendered.Text("html");

        Assert.Contains("plastic waste &amp; POPs &lt;West Africa&gt; | Côte d’Ivoire", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<West Africa>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Numbered_paragraphs_set_their_number_apart_from_the_text()
    {
        var html = await Rendered.Html();

        var first = html.Descendants(X + "p").First(p => (string?)p.Attribute("class") == "numbered");
        Assert.Equal("1.", first.Element(X + "span")!.Value);
        Assert.StartsWith(" The Secretariat has the honour", first.Nodes().OfType<XText>().Single().Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mandates_without_activity_are_flagged_in_the_coverage_table()
    {
        var html = await Rendered.Html();
        var table = html.Descendants(X + "h3").Single(h => h.Value == "Mandates and the number of activities that served them")
            .ElementsAfterSelf().First().Descendants(X + "table").Single();

        var flagged = table.Descendants(X + "tr").Where(r => (string?)r.Attribute("class") == "flagged").ToList();
        Assert.Equal(["BC-14/21 6(d), RC-9/9 6(d), SC-9/18 6(d)", "BC-14/21 11, RC-9/9 11, SC-9/18 11"], flagged.Select(r => r.Elements(X + "td").First().Value));
        Assert.All(flagged, r => Assert.Equal("No activity", r.Elements(X + "td").Last().Value));
    }

    [Fact]
    public async Task Draft_notice_is_shown_as_a_note()
    {
        var html = await Rendered.Html(Rendered.Edition(numbers: Reporting.Reports.Documents.DocumentNumbers.None));

        var notice = Assert.Single(html.Descendants(X + "p"), p => (string?)p.Attribute("class") == "notice");
        Assert.Equal("note", (string?)notice.Attribute("role"));
        Assert.Equal("Draft: the document numbers have not all been assigned.", notice.Value);
    }
}
