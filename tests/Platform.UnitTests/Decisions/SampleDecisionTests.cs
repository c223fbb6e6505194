namespace Platform.UnitTests.Decisions;

/// <summary>The sample decision BC-14/21 as the Secretariat receives it, read end to end.</summary>
public sealed class SampleDecisionTests
{
    private static readonly Platform.Conventions.Decisions.Parsing.ParsedDecision Sample = Parsed.Decision(Parsed.SampleText());

    [Fact]
    public void Sample_decision_is_named_by_its_heading()
    {
        Assert.Equal("BC-14/21", Sample.Symbol.Value);
        Assert.Equal("BC", Sample.Symbol.Prefix);
        Assert.Equal("14", Sample.Symbol.Meeting);
        Assert.Equal("21", Sample.Symbol.Number);
        Assert.Equal("International cooperation and coordination", Sample.Title);
        Assert.Empty(Sample.Preamble);
        Assert.Empty(Sample.Sections);
    }

    [Fact]
    public void Sample_decision_has_eleven_paragraphs_with_their_operative_verbs()
    {
        Assert.Equal(
            ["Welcomes", "Joins", "Calls upon", "Requests", "Takes note", "Requests", "Notes", "Invites", "Requests", "Also requests", "Further requests"],
            Sample.Paragraphs.Select(paragraph => paragraph.Verb));
        Assert.Equal(Enumerable.Range(1, 11), Sample.Paragraphs.Select(paragraph => paragraph.Number));
    }

    [Fact]
    public void Sample_paragraph_text_carries_no_emphasis_or_footnote_markers()
    {
        var first = Sample.Paragraph(1);
        Assert.StartsWith("Welcomes the ministerial declarations", first.Text);
        Assert.EndsWith("“Towards a Pollution-Free Planet”;", first.Text);
        Assert.Contains("2030 Agenda for Sustainable Development on matters", Sample.Paragraph(2).Text);
        Assert.Contains("1 January 2017–31 December 2018, the information", Sample.Paragraph(5).Text);
        Assert.DoesNotContain(Sample.Paragraphs, paragraph => paragraph.Text.Contains('*') || paragraph.Text.IndexOfAny("¹²³⁴⁵".ToCharArray()) >= 0);
    }

    [Fact]
    public void Sample_numbers_that_are_not_footnotes_stay_in_the_text()
    {
        var third = Sample.Paragraph(3).Text;
        Assert.Contains("achievement by 2020 of target 12.4 of the 2030 Agenda", third);
        Assert.Contains("Environment Assembly resolution 4/8 on", third);
        Assert.Empty(Sample.Paragraph(3).FootnoteMarkers);
    }

    [Fact]
    public void Sample_paragraph_6_has_subparagraphs_a_to_e_across_the_footnote_block()
    {
        var sixth = Sample.Paragraph(6);

        Assert.Equal("Requests the Secretariat:", sixth.Text);
        Assert.Equal(["a", "b", "c", "d", "e"], sixth.Subparagraphs.Select(sub => sub.Letter));
        Assert.StartsWith("To continue to make available to the United Nations Environment Programme", sixth.Subparagraphs[0].Text);
        Assert.StartsWith("To continue to work closely with other international organizations", sixth.Subparagraphs[3].Text);
        Assert.EndsWith("paragraph 8 of the present decision;", sixth.Subparagraphs[4].Text);
    }

    [Fact]
    public void Sample_addressees_are_who_each_paragraph_speaks_to()
    {
        Assert.Equal(["Parties", "other stakeholders"], Sample.Paragraph(3).Addressees);
        Assert.Equal(["the Executive Secretary"], Sample.Paragraph(4).Addressees);
        Assert.Equal(["the Secretariat"], Sample.Paragraph(6).Addressees);
        Assert.Equal(
            ["the participating organizations of the Inter-Organization Programme for the Sound Management of Chemicals", "the Executive Secretary"],
            Sample.Paragraph(8).Addressees);
        Assert.Empty(Sample.Paragraph(1).Addressees);
    }

    [Fact]
    public void Sample_footnotes_keep_their_markers_and_cited_documents()
    {
        Assert.Equal(["1", "2", "3", "4", "5"], Sample.Footnotes.Select(footnote => footnote.Marker));
        Assert.Equal(["UNEP/EA.3/HLS.1"], Sample.Footnotes[0].DocumentSymbols);
        Assert.Equal(["General Assembly resolution 70/1"], Sample.Footnotes[1].DocumentSymbols);
        Assert.Equal(["UNEP/CHW.14/INF/36", "UNEP/FAO/RC/COP.9/INF/29", "UNEP/POPS/COP.9/INF/38"], Sample.Footnotes[2].DocumentSymbols);
        Assert.Equal(["UNEP/CHW.14/INF/54", "UNEP/FAO/RC/COP.9/INF/44", "UNEP/POPS/COP.9/INF/57"], Sample.Footnotes[3].DocumentSymbols);
        Assert.Equal(["UNEP/CHW.14/INF/37", "UNEP/FAO/RC/COP.9/INF/30", "UNEP/POPS/COP.9/INF/39"], Sample.Footnotes[4].DocumentSymbols);
        Assert.Equal("UNEP/EA.3/HLS.1.", Sample.Footnotes[0].Text);
    }

    [Fact]
    public void Sample_paragraphs_list_the_footnotes_they_refer_to()
    {
        Assert.Equal(["1"], Sample.Paragraph(1).FootnoteMarkers);
        Assert.Equal(["2"], Sample.Paragraph(2).FootnoteMarkers);
        Assert.Equal(["3", "4", "5"], Sample.Paragraph(5).FootnoteMarkers);
    }

    [Fact]
    public void Sample_decision_yields_exactly_the_secretariat_mandates()
    {
        Assert.Equal(
            ["BC-14/21 4", "BC-14/21 6(a)", "BC-14/21 6(b)", "BC-14/21 6(c)", "BC-14/21 6(d)", "BC-14/21 6(e)",
             "BC-14/21 7", "BC-14/21 8", "BC-14/21 9", "BC-14/21 10", "BC-14/21 11"],
            Sample.References());
    }

    [Theory]
    [InlineData("BC-14/21 4", "cooperate", "the Executive Secretary")]
    [InlineData("BC-14/21 6(a)", "make available", "the Secretariat")]
    [InlineData("BC-14/21 6(b)", "cooperate", "the Secretariat")]
    [InlineData("BC-14/21 6(c)", "assist", "the Secretariat")]
    [InlineData("BC-14/21 6(d)", "cooperate", "the Secretariat")]
    [InlineData("BC-14/21 6(e)", "participate", "the Secretariat")]
    [InlineData("BC-14/21 7", "cooperate", "the Secretariat")]
    [InlineData("BC-14/21 8", "take steps", "the Executive Secretary")]
    [InlineData("BC-14/21 11", "report", "the Secretariat")]
    public void Sample_mandate_kind_comes_from_the_verb_inside_the_request(string reference, string kind, string addressee)
    {
        var mandate = Sample.Mandate(reference);

        Assert.Equal(kind, mandate.Kind);
        Assert.Equal(addressee, mandate.Addressee);
    }

    [Fact]
    public void Sample_mandates_in_subparagraphs_name_their_paragraph_and_letter()
    {
        var mandate = Sample.Mandate("BC-14/21 6(b)");

        Assert.Equal(6, mandate.Paragraph);
        Assert.Equal("b", mandate.Subparagraph);
        Assert.Equal("Requests", mandate.Verb);
        Assert.StartsWith("To continue to cooperate with the United Nations Environment Programme", mandate.Text);
    }

    [Fact]
    public void Sample_request_inside_another_paragraph_is_a_mandate_of_its_own_clause()
    {
        var mandate = Sample.Mandate("BC-14/21 8");

        Assert.Equal(8, mandate.Paragraph);
        Assert.Null(mandate.Subparagraph);
        Assert.Equal("requests the Executive Secretary to take the necessary steps for membership and participation in the Programme;", mandate.Text);
    }

    [Fact]
    public void Sample_conditions_are_those_of_6c_and_7_only()
    {
        Assert.Equal(["subject to the availability of resources", "as appropriate"], Sample.Mandate("BC-14/21 6(c)").Conditions);
        Assert.Equal(
            ["should the coalition be established", "as appropriate", "subject to the availability of resources"],
            Sample.Mandate("BC-14/21 7").Conditions);
        Assert.All(
            Sample.Mandates.Where(mandate => mandate.Reference is not ("BC-14/21 6(c)" or "BC-14/21 7")),
            mandate => Assert.Empty(mandate.Conditions));
    }

    [Fact]
    public void Sample_paragraph_11_reports_back_to_the_next_conference()
    {
        var reportBack = Sample.Mandate("BC-14/21 11").ReportBack;

        Assert.NotNull(reportBack);
        Assert.Equal("Conference of the Parties", reportBack.Body);
        Assert.Equal("at its next meeting", reportBack.When);
        Assert.Single(Sample.Mandates, mandate => mandate.ReportBack is not null);
    }
}
