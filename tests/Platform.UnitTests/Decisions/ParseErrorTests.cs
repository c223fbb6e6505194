using Platform.Conventions.Decisions.Parsing;

namespace Platform.UnitTests.Decisions;

/// <summary>What the parser cannot read it reports, naming the line where it stopped.</summary>
public sealed class ParseErrorTests
{
    [Fact]
    public void Text_without_a_symbol_and_no_symbol_query_asks_for_one()
    {
        var result = DecisionParser.Parse("The Conference of the Parties,\n1. Requests the Secretariat to report;");

        Assert.Null(result.Decision);
        Assert.Equal(new DecisionParseError("the text has no decision symbol; pass ?symbol=", null, null), result.Error);
    }

    [Fact]
    public void A_symbol_query_that_is_no_symbol_is_refused()
    {
        var result = DecisionParser.Parse("1. Requests the Secretariat to report;", "chemicals");

        Assert.Null(result.Decision);
        Assert.Contains("'chemicals' is not a decision symbol", result.Error?.Message);
        Assert.Null(result.Error?.LineNumber);
    }

    [Fact]
    public void Text_with_no_operative_paragraph_is_an_error_naming_the_line_it_stopped_at()
    {
        const string text = "BC-14/2: Strategic framework\n\nThe Conference of the Parties,\n\nRecalling decision BC-10/2,\nNoting the report of the Secretariat,\n";

        var result = DecisionParser.Parse(text);

        Assert.Null(result.Decision);
        Assert.Contains("no operative paragraph", result.Error?.Message);
        Assert.Equal(6, result.Error?.LineNumber);
        Assert.Equal("Noting the report of the Secretariat,", result.Error?.Line);
    }

    [Fact]
    public void A_line_that_is_neither_preamble_nor_paragraph_stops_the_parser_there()
    {
        const string text = "BC-14/2: Strategic framework\n\nThe Conference of the Parties,\n\nthis line belongs to nothing\n1. Requests the Secretariat to act;\n";

        var result = DecisionParser.Parse(text);

        Assert.Null(result.Decision);
        Assert.Equal(5, result.Error?.LineNumber);
        Assert.Equal("this line belongs to nothing", result.Error?.Line);
    }

    [Fact]
    public void A_subparagraph_before_any_paragraph_is_an_error_at_its_line()
    {
        var result = DecisionParser.Parse("BC-14/2: Strategic framework\nThe Conference of the Parties,\n(a) To prepare a report;\n");

        Assert.Equal(3, result.Error?.LineNumber);
        Assert.Contains("(a)", result.Error?.Message);
    }

    [Fact]
    public void Empty_text_is_an_error_not_an_empty_decision()
    {
        var result = DecisionParser.Parse("", "BC-14/2");

        Assert.Null(result.Decision);
        Assert.Contains("no operative paragraph", result.Error?.Message);
    }

    [Fact]
    public void A_paragraph_numbered_in_the_digits_of_another_script_is_no_paragraph_and_no_crash()
    {
        var result = DecisionParser.Parse("BC-14/2: Strategic framework\n٦. Requests the Secretariat to report;\n");

        Assert.Null(result.Decision);
        Assert.Contains("no operative paragraph", result.Error?.Message);
        Assert.Equal(2, result.Error?.LineNumber);
    }

    [Fact]
    public void Digits_of_another_script_glued_after_a_paragraph_stay_in_its_text()
    {
        var decision = Parsed.Decision("BC-14/2: Strategic framework\n1. Requests the Secretariat to report;۴UNEP/CHW.14/INF/36.\n");

        Assert.Equal("Requests the Secretariat to report;۴UNEP/CHW.14/INF/36.", decision.Paragraph(1).Text);
        Assert.Empty(decision.Footnotes);
    }
}
