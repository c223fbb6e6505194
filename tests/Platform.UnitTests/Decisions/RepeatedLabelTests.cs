using Platform.Conventions.Decisions.Parsing;

namespace Platform.UnitTests.Decisions;

/// <summary>A paragraph number, sub-paragraph letter or footnote number that repeats is an error naming both lines.</summary>
public sealed class RepeatedLabelTests
{
    [Fact]
    public void A_repeated_paragraph_number_names_both_lines()
    {
        const string text = """
            BC-14/21: International cooperation and coordination
            The Conference of the Parties,
            6. Requests the Secretariat to cooperate with the United Nations Environment Programme;
            7. Invites Parties to provide information;
            6. Requests the Secretariat to report to the Conference of the Parties at its next meeting;
            """;

        var result = DecisionParser.Parse(text);

        Assert.Null(result.Decision);
        Assert.Equal(
            new DecisionParseError(
                "paragraph 6 on line 5 repeats paragraph 6 on line 3", 5,
                "6. Requests the Secretariat to report to the Conference of the Parties at its next meeting;"),
            result.Error);
    }

    [Fact]
    public void A_paragraph_without_a_number_takes_the_next_one_and_repeats_the_number_printed_after_it()
    {
        const string text = """
            BC-14/21: International cooperation and coordination
            1. Requests the Secretariat to cooperate with the United Nations Environment Programme;
            Invites Parties to provide information;
            2. Requests the Secretariat to report to the Conference of the Parties at its next meeting;
            """;

        var result = DecisionParser.Parse(text);

        Assert.Equal("paragraph 2 on line 4 repeats paragraph 2 on line 3", result.Error?.Message);
        Assert.Equal(4, result.Error?.LineNumber);
    }

    [Fact]
    public void A_paragraph_number_repeated_within_one_section_names_the_section()
    {
        const string text = """
            SC-8/1: Omnibus decision
            I. Exemptions
            1. Requests the Secretariat to maintain the register of specific exemptions;
            II. Technical assistance
            1. Requests the Secretariat to continue to assist Parties;
            1. Requests the Secretariat to report on the assistance;
            """;

        var result = DecisionParser.Parse(text);

        Assert.Equal("paragraph 1 of section II on line 6 repeats paragraph 1 of section II on line 5", result.Error?.Message);
    }

    [Fact]
    public void A_repeated_subparagraph_letter_names_both_lines()
    {
        const string text = """
            BC-14/21: International cooperation and coordination
            6. Requests the Secretariat:
            (a) To cooperate with the United Nations Environment Programme;
            (b) To cooperate with the United Nations Statistics Division;
            (b) To participate in the Inter-Organization Programme for the Sound Management of Chemicals;
            """;

        var result = DecisionParser.Parse(text);

        Assert.Null(result.Decision);
        Assert.Equal(
            new DecisionParseError(
                "sub-paragraph (b) of paragraph 6 on line 5 repeats sub-paragraph (b) of paragraph 6 on line 4", 5,
                "(b) To participate in the Inter-Organization Programme for the Sound Management of Chemicals;"),
            result.Error);
    }

    [Fact]
    public void A_letter_that_runs_on_in_one_line_and_opens_the_next_repeats()
    {
        const string text = """
            BC-14/21: International cooperation and coordination
            6. Requests the Secretariat:
            (a) To cooperate with the United Nations Environment Programme; (b) To cooperate with the United Nations Statistics Division;
            (b) To participate in the Inter-Organization Programme for the Sound Management of Chemicals;
            """;

        var result = DecisionParser.Parse(text);

        Assert.Equal("sub-paragraph (b) of paragraph 6 on line 4 repeats sub-paragraph (b) of paragraph 6 on line 3", result.Error?.Message);
    }

    [Fact]
    public void The_same_letters_under_different_paragraphs_are_no_repeat()
    {
        const string text = """
            BC-14/21: International cooperation and coordination
            6. Requests the Secretariat:
            (a) To cooperate with the United Nations Environment Programme;
            (b) To cooperate with the United Nations Statistics Division;
            7. Requests the Executive Secretary:
            (a) To report to the Conference of the Parties;
            (b) To make the report available on the website;
            """;

        var decision = Parsed.Decision(text);

        Assert.Equal(["BC-14/21 6(a)", "BC-14/21 6(b)", "BC-14/21 7(a)", "BC-14/21 7(b)"], decision.References());
    }

    [Fact]
    public void A_repeated_footnote_number_names_both_lines()
    {
        const string text = """
            BC-14/21: International cooperation and coordination
            1. Welcomes the ministerial declaration;¹
            2. Takes note of the report by the Secretariat;²
            ¹ UNEP/EA.3/HLS.1.
            ² UNEP/CHW.14/INF/36.
            ² UNEP/CHW.14/INF/37.
            """;

        var result = DecisionParser.Parse(text);

        Assert.Equal(new DecisionParseError("footnote 2 on line 6 repeats footnote 2 on line 5", 6, "² UNEP/CHW.14/INF/37."), result.Error);
    }
}
