namespace Platform.UnitTests.Decisions;

/// <summary>Footnotes as superscripts or plain digits, in blocks, at the end or glued to their paragraph.</summary>
public sealed class FootnoteFormTests
{
    [Fact]
    public void Digit_markers_glued_to_words_and_punctuation_are_footnotes_but_real_numbers_stay()
    {
        const string text = """
            SC-9/15: Effectiveness evaluation
            1. Takes note of the report on the global monitoring plan1 and of the 2030 Agenda for Sustainable Development,2 in particular target 12.4 and resolution 70/1;
            2. Notes the period 1 January 2017–31 December 2018,3 and decision 4/8 of the Environment Assembly;

            1 UNEP/POPS/COP.9/INF/36.
            2 See General Assembly resolution 70/1 and UNEP/POPS/COP.9/21/Add.1.
            3 UNEP/POPS/COP.9/INF/40.
            """;

        var decision = Parsed.Decision(text);

        Assert.Equal(
            "Takes note of the report on the global monitoring plan and of the 2030 Agenda for Sustainable Development, in particular target 12.4 and resolution 70/1;",
            decision.Paragraph(1).Text);
        Assert.Equal(["1", "2"], decision.Paragraph(1).FootnoteMarkers);
        Assert.Equal("Notes the period 1 January 2017–31 December 2018, and decision 4/8 of the Environment Assembly;", decision.Paragraph(2).Text);
        Assert.Equal(["3"], decision.Paragraph(2).FootnoteMarkers);
        Assert.Equal(["General Assembly resolution 70/1", "UNEP/POPS/COP.9/21/Add.1"], decision.Footnotes[1].DocumentSymbols);
    }

    [Fact]
    public void Digits_glued_to_a_word_without_a_matching_footnote_stay_in_the_text()
    {
        var decision = Parsed.Decision("BC-14/3: Plastic waste\n1. Notes the work on marine litter in paragraph2 of the report;");

        Assert.Equal("Notes the work on marine litter in paragraph2 of the report;", decision.Paragraph(1).Text);
        Assert.Empty(decision.Paragraph(1).FootnoteMarkers);
        Assert.Empty(decision.Footnotes);
    }

    [Fact]
    public void Footnotes_glued_to_the_end_of_their_paragraph_are_cut_off_as_web_pages_print_them()
    {
        const string text = """
            The Conference of the Parties
            1.Welcomes the plan “Towards a Pollution-Free Planet”;11UNEP/EA.3/HLS.1.
            2.Joins the Environment Assembly in emphasizing the 2030 Agenda for Sustainable Development2 on matters related to chemicals and waste;2General Assembly resolution 70/1.
            3.Takes note of the analyses of the Secretariat,3 the compiled information4 and the background information;53UNEP/FAO/RC/COP.9/INF/17.4UNEP/FAO/RC/COP.9/INF/22.5UNEP/FAO/RC/COP.9/INF/23.
            4.Welcomes the technical assistance plan for the period 2018–20216 and requests the Secretariat to implement it;6UNEP/CHW.13/INF/36-UNEP/FAO/RC/COP.8/INF/26-UNEP/POPS/COP.8/INF/25.
            """;

        var decision = Parsed.Decision(text, "BC-14/21");

        Assert.Equal("Welcomes the plan “Towards a Pollution-Free Planet”;", decision.Paragraph(1).Text);
        Assert.Equal("Joins the Environment Assembly in emphasizing the 2030 Agenda for Sustainable Development on matters related to chemicals and waste;", decision.Paragraph(2).Text);
        Assert.Equal(["3", "4", "5"], decision.Paragraph(3).FootnoteMarkers);
        Assert.Equal("Welcomes the technical assistance plan for the period 2018–2021 and requests the Secretariat to implement it;", decision.Paragraph(4).Text);
        Assert.Equal(["1", "2", "3", "4", "5", "6"], decision.Footnotes.Select(footnote => footnote.Marker));
        Assert.Equal("General Assembly resolution 70/1.", decision.Footnotes[1].Text);
        Assert.Equal(["UNEP/FAO/RC/COP.9/INF/22"], decision.Footnotes[3].DocumentSymbols);
        Assert.Equal(["UNEP/CHW.13/INF/36", "UNEP/FAO/RC/COP.8/INF/26", "UNEP/POPS/COP.8/INF/25"], decision.Footnotes[5].DocumentSymbols);
        Assert.Equal(["BC-14/21 4"], decision.References());
    }

    [Fact]
    public void Superscript_footnotes_glued_after_a_space_are_cut_off_too()
    {
        const string text = "BC-14/21: International cooperation\n"
            + "1. Welcomes the plan “Towards a Pollution-Free Planet”;¹ ¹ UNEP/EA.3/HLS.1. ² General Assembly resolution 70/1.\n"
            + "2. Joins the Environment Assembly in emphasizing the 2030 Agenda²;";

        var decision = Parsed.Decision(text);

        Assert.Equal("Welcomes the plan “Towards a Pollution-Free Planet”;", decision.Paragraph(1).Text);
        Assert.Equal(["1", "2"], decision.Footnotes.Select(footnote => footnote.Marker));
        Assert.Equal("General Assembly resolution 70/1.", decision.Footnotes[1].Text);
        Assert.Equal(["2"], decision.Paragraph(2).FootnoteMarkers);
    }

    [Fact]
    public void Footnotes_at_the_end_of_the_decision_are_read_after_the_last_paragraph()
    {
        const string text = """
            RC-9/4: Technical assistance
            1. Takes note of the report on technical assistance;¹
            2. Requests the Secretariat to continue to assist Parties.²

            ¹ UNEP/FAO/RC/COP.9/INF/12.
            ² Decision RC-8/11, annex.
            """;

        var decision = Parsed.Decision(text);

        Assert.Equal(2, decision.Paragraphs.Count);
        Assert.Equal(["UNEP/FAO/RC/COP.9/INF/12"], decision.Footnotes[0].DocumentSymbols);
        Assert.Equal(["RC-8/11"], decision.Footnotes[1].DocumentSymbols);
        Assert.Equal("Requests the Secretariat to continue to assist Parties.", decision.Paragraph(2).Text);
    }

    [Fact]
    public void A_footnote_block_inside_a_paragraph_does_not_interrupt_its_subparagraphs()
    {
        const string text = """
            BC-14/21: International cooperation
            1. Requests the Secretariat:
            (a) To cooperate with the United Nations Environment Programme;¹

            ¹ UNEP/EA.4/Res.8.

            (b) To participate, upon invitation, in relevant meetings;
            2. Invites Parties to share information.
            """;

        var decision = Parsed.Decision(text);

        Assert.Equal(["a", "b"], decision.Paragraph(1).Subparagraphs.Select(sub => sub.Letter));
        Assert.Equal(["1"], decision.Paragraph(1).Subparagraphs[0].FootnoteMarkers);
        Assert.Equal(["UNEP/EA.4/Res.8"], Assert.Single(decision.Footnotes).DocumentSymbols);
        Assert.Equal(["BC-14/21 1(a)", "BC-14/21 1(b)"], decision.References());
    }

    [Fact]
    public void A_footnote_glued_to_a_preambular_paragraph_is_cut_off()
    {
        const string text = """
            RC-9/7: Enhancing the effectiveness of the Rotterdam Convention
            The Conference of the Parties,
            Welcoming the report of the working group on the work of its first meeting,11UNEP/FAO/RC/EFF.1/4.
            1.Invites Parties to develop proposals;
            """;

        var decision = Parsed.Decision(text);

        Assert.Equal(["Welcoming the report of the working group on the work of its first meeting,"], decision.Preamble);
        Assert.Equal(["UNEP/FAO/RC/EFF.1/4"], Assert.Single(decision.Footnotes).DocumentSymbols);
    }
}
