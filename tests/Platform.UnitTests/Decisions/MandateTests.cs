namespace Platform.UnitTests.Decisions;

/// <summary>Which requests are mandates of the Secretariat, and what each one asks.</summary>
public sealed class MandateTests
{
    [Fact]
    public void Requests_to_parties_or_other_bodies_are_not_mandates()
    {
        const string text = """
            SC-9/11: Regional centres
            1. Requests Parties to submit information on their needs by 31 March 2020;
            2. Requests the Global Environment Facility to continue to provide financial resources;
            3. Invites the Food and Agriculture Organization of the United Nations to cooperate with the regional centres;
            4. Requests the secretariat of the Minamata Convention to share information;
            5. Encourages Parties, in cooperation with the Secretariat, to use the regional centres;
            """;

        var decision = Parsed.Decision(text);

        Assert.Empty(decision.Mandates);
        Assert.Equal(["Parties"], decision.Paragraph(5).Addressees);
    }

    [Fact]
    public void A_request_to_parties_and_the_secretariat_together_is_a_mandate()
    {
        var decision = Parsed.Decision("BC-14/2: Strategic framework\n1. Requests Parties and the Secretariat to promote the strategic framework;");

        var mandate = Assert.Single(decision.Mandates);
        Assert.Equal("the Secretariat", mandate.Addressee);
        Assert.Equal(["Parties", "the Secretariat"], decision.Paragraph(1).Addressees);
    }

    [Fact]
    public void Requests_with_subparagraph_addressees_make_mandates_only_of_the_secretariat_items()
    {
        const string text = """
            BC-13/20: Regional centres
            4. Requests:
            (a) Parties to submit information on their needs;
            (b) The Executive Secretary to transmit the information to the Open-ended Working Group at its twelfth meeting;
            """;

        var decision = Parsed.Decision(text);

        var mandate = Assert.Single(decision.Mandates);
        Assert.Equal(("BC-13/20 4(b)", "the Executive Secretary", "transmit"), (mandate.Reference, mandate.Addressee, mandate.Kind));
        Assert.Equal(new("Open-ended Working Group", "at its twelfth meeting"), mandate.ReportBack);
        Assert.Equal(["Parties", "the Executive Secretary"], decision.Paragraph(4).Addressees);
    }

    [Fact]
    public void A_request_that_ends_in_a_colon_after_its_verb_makes_each_subparagraph_a_mandate()
    {
        const string text = """
            RC-7/6: Intersessional work
            4. Requests the lead country or, if there is no lead country, the Secretariat to facilitate the intersessional work, subject to the availability of resources:
            (a) To review the cases in which the Conference of the Parties was unable to reach consensus;
            (b) To develop proposals for improved information flows;
            """;

        var decision = Parsed.Decision(text);

        Assert.Equal(["RC-7/6 4(a)", "RC-7/6 4(b)"], decision.References());
        Assert.Equal(["review", "prepare"], decision.Mandates.Select(mandate => mandate.Kind));
        Assert.All(decision.Mandates, mandate => Assert.Contains("subject to the availability of resources", mandate.Conditions));
        Assert.Equal(["the lead country", "the Secretariat"], decision.Paragraph(4).Addressees);
    }

    [Fact]
    public void A_request_made_of_it_after_naming_the_secretariat_is_a_mandate()
    {
        var decision = Parsed.Decision(
            "BC-14/21: Cooperation\n1. Welcomes the work of the Secretariat and requests it to continue its efforts to strengthen cooperation;");

        var mandate = Assert.Single(decision.Mandates);
        Assert.Equal(("the Secretariat", "take steps", "Requests"), (mandate.Addressee, mandate.Kind, mandate.Verb));
        Assert.Equal("requests it to continue its efforts to strengthen cooperation;", mandate.Text);
    }

    [Fact]
    public void A_decision_to_request_the_secretariat_inside_a_subparagraph_is_a_mandate_of_that_subparagraph()
    {
        const string text = """
            BC-14/1: Work programme
            1. Decides:
            (a) To hold a workshop on the guidelines;
            (b) To request the Secretariat to prepare a report for consideration by the Conference of the Parties at its next meeting;
            """;

        var mandate = Assert.Single(Parsed.Decision(text).Mandates);

        Assert.Equal(("BC-14/1 1(b)", "Requests", "report"), (mandate.Reference, mandate.Verb, mandate.Kind));
        Assert.Equal(new("Conference of the Parties", "at its next meeting"), mandate.ReportBack);
    }

    [Fact]
    public void Items_counted_in_roman_numerals_are_subparagraphs_when_the_paragraph_starts_with_them()
    {
        const string text = """
            SC-9/2: Guidance
            1. Requests the Secretariat to:
            (i) prepare a study on alternatives;
            (ii) organize a meeting of experts;
            """;

        var decision = Parsed.Decision(text);

        Assert.Equal(["i", "ii"], decision.Paragraph(1).Subparagraphs.Select(sub => sub.Letter));
        Assert.Equal(["SC-9/2 1(i)", "SC-9/2 1(ii)"], decision.References());
        Assert.Equal(["prepare", "organize"], decision.Mandates.Select(mandate => mandate.Kind));
        Assert.Equal(["the Secretariat"], decision.Paragraph(1).Addressees);
    }

    [Fact]
    public void A_request_sharing_its_infinitive_with_an_invitation_is_a_mandate_for_that_work()
    {
        var decision = Parsed.Decision("SC-9/15: Effectiveness evaluation\n3. Requests the Secretariat and invites Parties and observers to share information;");

        var mandate = Assert.Single(decision.Mandates);
        Assert.Equal(("the Secretariat", "make available"), (mandate.Addressee, mandate.Kind));
        Assert.Equal(["the Secretariat", "Parties", "observers"], decision.Paragraph(3).Addressees);
    }

    [Fact]
    public void Parenthetical_phrases_do_not_add_addressees()
    {
        const string text = """
            SC-9/10: Guidance
            1. Requests the Secretariat, in consultation with the Bureau and the regional centres, to prepare draft guidance;
            2. Requests the Secretariat in collaboration with other international organizations to explore ways of facilitating cooperation;
            3. Invites developed-country Parties and others with the capacity to do so to submit information to the Secretariat;
            """;

        var decision = Parsed.Decision(text);

        Assert.Equal(["the Secretariat"], decision.Paragraph(1).Addressees);
        Assert.Equal(["the Secretariat"], decision.Paragraph(2).Addressees);
        Assert.Equal(["developed-country Parties", "others"], decision.Paragraph(3).Addressees);
        Assert.Equal(["SC-9/10 1", "SC-9/10 2"], decision.References());
    }

    [Theory]
    [InlineData("to cooperate with the secretariat of the Minamata Convention", "cooperate")]
    [InlineData("to continue to work closely with other organizations", "cooperate")]
    [InlineData("to continue to enhance cooperation and coordination with the Strategic Approach", "cooperate")]
    [InlineData("to assist Parties, upon request, in developing inventories", "assist")]
    [InlineData("to provide technical assistance to Parties", "assist")]
    [InlineData("to participate as an observer in the meetings", "participate")]
    [InlineData("to continue to make available the information", "make available")]
    [InlineData("to make the report available to Parties", "make available")]
    [InlineData("to take the necessary steps for membership", "take steps")]
    [InlineData("to continue its efforts to mobilize resources", "take steps")]
    [InlineData("to report on progress", "report")]
    [InlineData("to submit a report on the review", "report")]
    [InlineData("to prepare draft guidance", "prepare")]
    [InlineData("to organize a workshop on the guidelines", "organize")]
    [InlineData("to review the reporting formats", "review")]
    [InlineData("to transmit the guidance to the Global Environment Facility", "transmit")]
    [InlineData("to maintain the register of exemptions", "maintain")]
    [InlineData("to continue facilitating capacity-building activities", "assist")]
    [InlineData("to continue efforts to strengthen the regional centres", "take steps")]
    [InlineData("to increase efforts to link the regional centres to project processes", "take steps")]
    [InlineData("to bear in mind the views of Parties", "other")]
    public void Mandate_kind_comes_from_the_verb_inside_the_request(string request, string kind)
    {
        var decision = Parsed.Decision($"BC-14/1: Work\n1. Requests the Secretariat {request};");

        Assert.Equal(kind, Assert.Single(decision.Mandates).Kind);
    }

    [Theory]
    [InlineData("Requests the Secretariat, within available resources, to assist Parties;", "within available resources")]
    [InlineData("Requests the Secretariat, subject to the availability of financial resources, to assist Parties;", "subject to the availability of financial resources")]
    [InlineData("Requests the Secretariat, if requested, to assist Parties;", "if requested")]
    [InlineData("Requests the Secretariat to assist Parties, where appropriate;", "where appropriate")]
    [InlineData("Requests the Secretariat, should funding be available, to assist Parties;", "should funding be available")]
    public void Mandate_conditions_are_the_phrases_that_make_it_conditional(string paragraph, string condition)
    {
        var decision = Parsed.Decision($"RC-9/4: Technical assistance\n1. {paragraph}");

        Assert.Equal([condition], Assert.Single(decision.Mandates).Conditions);
    }

    [Fact]
    public void How_the_work_is_done_is_not_a_condition()
    {
        var decision = Parsed.Decision(
            "RC-9/4: Technical assistance\n1. Requests the Secretariat to assist Parties, upon request, within the scope of its mandate, pending the outcome of the review;");

        Assert.Empty(Assert.Single(decision.Mandates).Conditions);
    }

    [Fact]
    public void Report_back_names_the_first_body_and_its_meeting()
    {
        var decision = Parsed.Decision(
            "BC-10/2: Strategic framework\n4. Requests the Secretariat to report on the implementation of the present decision to the Open-ended Working Group at its eighth session and to the Conference of the Parties at its eleventh meeting.");

        Assert.Equal(new("Open-ended Working Group", "at its eighth session"), Assert.Single(decision.Mandates).ReportBack);
    }

    [Fact]
    public void A_report_merely_mentioned_is_no_report_back()
    {
        var decision = Parsed.Decision(
            "BC-14/21: Cooperation\n10. Also requests the Secretariat to cooperate with the organizations listed in the report by the Secretariat to the Conference of the Parties;");

        Assert.Null(Assert.Single(decision.Mandates).ReportBack);
    }
}
