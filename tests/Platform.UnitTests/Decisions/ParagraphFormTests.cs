namespace Platform.UnitTests.Decisions;

/// <summary>The forms decision texts arrive in: with or without heading, emphasis, numbers or line breaks.</summary>
public sealed class ParagraphFormTests
{
    [Fact]
    public void Rotterdam_text_without_heading_takes_its_symbol_and_title_from_the_query()
    {
        const string text = """
            The Conference of the Parties,

            Recalling decision RC-8/11 on technical assistance,

            1. Takes note of the report of the Secretariat on technical assistance;
            2. Requests the Secretariat, within available resources, to continue to assist developing country Parties in implementing the Convention;
            """;

        var decision = Parsed.Decision(text, "RC-9/4", "Technical assistance");

        Assert.Equal("RC-9/4", decision.Symbol.Value);
        Assert.Equal("RC", decision.Symbol.Prefix);
        Assert.Equal("Technical assistance", decision.Title);
        Assert.Equal(["Recalling decision RC-8/11 on technical assistance,"], decision.Preamble);
        Assert.Equal(["Takes note", "Requests"], decision.Paragraphs.Select(paragraph => paragraph.Verb));
        var mandate = Assert.Single(decision.Mandates);
        Assert.Equal("RC-9/4 2", mandate.Reference);
        Assert.Equal("assist", mandate.Kind);
        Assert.Equal(["within available resources"], mandate.Conditions);
    }

    [Fact]
    public void Heading_in_the_text_wins_over_the_query()
    {
        var decision = Parsed.Decision("SC-9/15: Effectiveness evaluation\n1. Decides to undertake the next evaluation in 2025;", "SC-9/1", "Other");

        Assert.Equal("SC-9/15", decision.Symbol.Value);
        Assert.Equal("Effectiveness evaluation", decision.Title);
    }

    [Fact]
    public void Stockholm_text_with_plain_verbs_and_no_space_after_the_number()
    {
        const string text = """
            SC-9/15: Effectiveness evaluation

            The Conference of the Parties,
            1.Takes note of the report of the effectiveness evaluation committee;
            2.Welcomes the contributions of the regional centres;
            3.Calls upon Parties to make use of the global monitoring plan;
            4.Also requests the Secretariat to continue to support the global monitoring plan, as appropriate;
            """;

        var decision = Parsed.Decision(text);

        Assert.Equal(["Takes note", "Welcomes", "Calls upon", "Also requests"], decision.Paragraphs.Select(paragraph => paragraph.Verb));
        Assert.Equal("Takes note of the report of the effectiveness evaluation committee;", decision.Paragraph(1).Text);
        Assert.Equal(["Parties"], decision.Paragraph(3).Addressees);
        var mandate = Assert.Single(decision.Mandates);
        Assert.Equal(("SC-9/15 4", "Also requests", "assist"), (mandate.Reference, mandate.Verb, mandate.Kind));
    }

    [Fact]
    public void Verbs_marked_with_underscores_or_bold_read_like_italic_ones()
    {
        const string text = """
            BC-14/5: Technical guidelines
            1. _Adopts_ the technical guidelines on plastic wastes;
            2. **Invites** Parties to use the guidelines;
            3. __Requests__ the Secretariat to make the guidelines available on the website of the Convention;
            """;

        var decision = Parsed.Decision(text);

        Assert.Equal(["Adopts", "Invites", "Requests"], decision.Paragraphs.Select(paragraph => paragraph.Verb));
        Assert.Equal("Adopts the technical guidelines on plastic wastes;", decision.Paragraph(1).Text);
        Assert.Equal("make available", decision.Mandate("BC-14/5 3").Kind);
    }

    [Fact]
    public void Paragraphs_without_numbers_are_numbered_in_order()
    {
        const string text = """
            SC-1/15: Technical assistance
            The Conference of the Parties,
            Welcomes the guidance on technical assistance;
            Requests the Secretariat to transmit the guidance on technical assistance to Parties and donors;
            Further requests the Secretariat to report on progress in the application of the guidance to each meeting of the Conference of the Parties.
            """;

        var decision = Parsed.Decision(text);

        Assert.Equal([1, 2, 3], decision.Paragraphs.Select(paragraph => paragraph.Number));
        Assert.Equal(["SC-1/15 2", "SC-1/15 3"], decision.References());
        Assert.Equal(["transmit", "report"], decision.Mandates.Select(mandate => mandate.Kind));
        Assert.Equal("Conference of the Parties", decision.Mandate("SC-1/15 3").ReportBack?.Body);
    }

    [Fact]
    public void Preambular_paragraphs_go_to_the_preamble_italic_or_not()
    {
        const string text = """
            RC-9/7: Enhancing the effectiveness of the Rotterdam Convention
            The Conference of the Parties,
            *Recalling* the objective of the Convention as stated in its Article 1,
            Noting with appreciation the work of the intersessional working group,
            _Mindful of_ the need to improve the listing process,
            Acknowledging the contributions of Parties,
            1. Invites Parties to further analyse and develop proposals to enhance the effectiveness of the Convention;
            """;

        var decision = Parsed.Decision(text);

        Assert.Equal(
            ["Recalling the objective of the Convention as stated in its Article 1,", "Noting with appreciation the work of the intersessional working group,",
             "Mindful of the need to improve the listing process,", "Acknowledging the contributions of Parties,"],
            decision.Preamble);
        Assert.Single(decision.Paragraphs);
        Assert.Empty(decision.Mandates);
    }

    [Fact]
    public void Section_headings_are_recorded_and_set_on_their_paragraphs()
    {
        const string text = """
            BC-14/16: Technical assistance and cooperation
            The Conference of the Parties,
            I - Technical assistance
            1. Welcomes the technical assistance plan;
            2. Requests the Secretariat to implement the technical assistance plan;
            II. Cooperation with the Minamata Convention
            3. Requests the Secretariat to cooperate with the secretariat of the Minamata Convention;
            A. Regional centres
            4. Encourages Parties to make use of the regional centres;
            """;

        var decision = Parsed.Decision(text);

        Assert.Equal(["I - Technical assistance", "II. Cooperation with the Minamata Convention", "A. Regional centres"], decision.Sections);
        Assert.Equal(
            ["I - Technical assistance", "I - Technical assistance", "II. Cooperation with the Minamata Convention", "A. Regional centres"],
            decision.Paragraphs.Select(paragraph => paragraph.Section));
        Assert.Equal(["BC-14/16 2", "BC-14/16 3"], decision.References());
    }

    [Fact]
    public void Paragraphs_numbered_afresh_in_each_section_get_references_naming_the_section()
    {
        const string text = """
            SC-8/1: Omnibus decision
            I. Exemptions
            1. Requests the Secretariat to maintain the register of specific exemptions;
            II. Technical assistance
            1. Requests the Secretariat to continue to assist Parties;
            """;

        Assert.Equal(["SC-8/1 I.1", "SC-8/1 II.1"], Parsed.Decision(text).References());
    }

    [Fact]
    public void Windows_line_endings_no_break_spaces_and_a_byte_order_mark_do_not_matter()
    {
        const string text = "\uFEFFBC-14/21:\u00A0International cooperation\r\n\r\nThe Conference of the Parties\r\n\r\n"
            + "1.\u00A0*Welcomes* the declarations;\r\n2.\tRequests\u00A0the\u202FSecretariat to report to the Conference of the Parties at its next meeting.\r\n";

        var decision = Parsed.Decision(text);

        Assert.Equal("BC-14/21", decision.Symbol.Value);
        Assert.Equal("International cooperation", decision.Title);
        Assert.Equal("Requests the Secretariat to report to the Conference of the Parties at its next meeting.", decision.Paragraph(2).Text);
        Assert.Equal(["BC-14/21 2"], decision.References());
    }

    [Fact]
    public void Paragraphs_broken_across_lines_are_joined_and_page_furniture_is_dropped()
    {
        const string text = """
            SC-9/15: Effectiveness evaluation
            1.	Welcomes the report of the effectiveness evaluation committee on the
            work undertaken since 1 January 2017, including the assessment of paragraph 2
            (b) of Article 3 of the Convention;

            27
            UNEP/POPS/COP.9/30
            2.	Requests the Secretariat to prepare a report and to submit it to the Conference of the Parties for consideration at its
            eleventh meeting;
            """;

        var decision = Parsed.Decision(text);

        Assert.Equal(
            "Welcomes the report of the effectiveness evaluation committee on the work undertaken since 1 January 2017, including the assessment of paragraph 2 (b) of Article 3 of the Convention;",
            decision.Paragraph(1).Text);
        Assert.Empty(decision.Paragraph(1).Subparagraphs);
        Assert.Equal(new("Conference of the Parties", "at its eleventh meeting"), decision.Mandate("SC-9/15 2").ReportBack);
    }

    [Fact]
    public void An_annex_ends_the_decision()
    {
        const string text = """
            BC-12/9: Regional centres
            1. Adopts the terms of reference set out in the annex to the present decision;
            Annex
            1. The centres shall assist Parties in the implementation of the Convention.
            """;

        Assert.Single(Parsed.Decision(text).Paragraphs);
    }
}
