namespace Platform.UnitTests.Decisions;

/// <summary>Sub-paragraphs on lines of their own, indented, dashed, or written inside the paragraph.</summary>
public sealed class SubparagraphFormTests
{
    [Fact]
    public void Subparagraphs_may_be_indented_dashed_or_neither()
    {
        const string text = """
            BC-13/20: Regional centres
            1. *Requests* the Secretariat:
                (a) To deliver training activities in cooperation with the regional centres;
             - (b) To prepare guidance on the environmentally sound management of e-waste;
            (c) To assist Parties, upon request, in developing national inventories;
            """;

        var decision = Parsed.Decision(text);

        var paragraph = decision.Paragraph(1);
        Assert.Equal(["a", "b", "c"], paragraph.Subparagraphs.Select(sub => sub.Letter));
        Assert.Equal("To prepare guidance on the environmentally sound management of e-waste;", paragraph.Subparagraphs[1].Text);
        Assert.Equal(["BC-13/20 1(a)", "BC-13/20 1(b)", "BC-13/20 1(c)"], decision.References());
        Assert.Equal(["assist", "prepare", "assist"], decision.Mandates.Select(mandate => mandate.Kind));
    }

    [Fact]
    public void Subparagraphs_written_inside_the_paragraph_are_cut_at_their_letters()
    {
        const string text = "SC-9/4: Global monitoring plan\n"
            + "2. Requests the Secretariat, subject to the availability of resources: (a) to support the implementation of the global monitoring plan; "
            + "(b) to make the data available through the data warehouse; and (c) to report on progress to the Conference of the Parties at its eleventh meeting;";

        var decision = Parsed.Decision(text);

        var paragraph = decision.Paragraph(2);
        Assert.Equal("Requests the Secretariat, subject to the availability of resources:", paragraph.Text);
        Assert.Equal(["a", "b", "c"], paragraph.Subparagraphs.Select(sub => sub.Letter));
        Assert.Equal("to make the data available through the data warehouse; and", paragraph.Subparagraphs[1].Text);
        Assert.Equal(["SC-9/4 2(a)", "SC-9/4 2(b)", "SC-9/4 2(c)"], decision.References());
        Assert.All(decision.Mandates, mandate => Assert.Equal(["subject to the availability of resources"], mandate.Conditions));
        Assert.Equal(new("Conference of the Parties", "at its eleventh meeting"), decision.Mandate("SC-9/4 2(c)").ReportBack);
    }

    [Fact]
    public void Items_inside_a_subparagraph_stay_with_it()
    {
        const string text = """
            BC-13/20: Regional centres
            1. Requests the Secretariat:
            (a) To prepare guidance on:
               (i) the environmentally sound management of e-waste;
               (ii) the prevention of illegal traffic;
            (b) To assist Parties, upon request, in developing national inventories;
            """;

        var paragraph = Parsed.Decision(text).Paragraph(1);

        Assert.Equal(["a", "b"], paragraph.Subparagraphs.Select(sub => sub.Letter));
        Assert.Equal(
            "To prepare guidance on: (i) the environmentally sound management of e-waste; (ii) the prevention of illegal traffic;",
            paragraph.Subparagraphs[0].Text);
    }
}
