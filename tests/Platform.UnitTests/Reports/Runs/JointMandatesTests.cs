using Reporting.ReadModel.Decisions;
using Reporting.Reports.Runs;

namespace Platform.UnitTests.Reports.Runs;

public sealed class JointMandatesTests
{
    [Fact]
    public void The_same_decision_adopted_by_three_cops_makes_one_joint_mandate_per_paragraph_with_three_references()
    {
        var joint = JointMandates.Group([Decision("stockholm", "SC-9/18"), Decision("basel", "BC-14/21"), Decision("rotterdam", "RC-9/9")]);

        Assert.Equal(["BC-14/21 6(b)", "BC-14/21 11"], joint.Select(m => m.Key));
        Assert.Equal(["BC-14/21 6(b)", "RC-9/9 6(b)", "SC-9/18 6(b)"], joint[0].References);
        Assert.Equal(["BC-14/21", "RC-9/9", "SC-9/18"], joint[0].Decisions);
    }

    [Fact]
    public void Decisions_whose_mandates_differ_in_more_than_their_symbol_stay_apart()
    {
        var other = Decision("rotterdam", "RC-9/4", "To cooperate with FAO on highly hazardous pesticides;");

        var joint = JointMandates.Group([Decision("basel", "BC-14/21"), other]);

        Assert.Equal(4, joint.Count);
        Assert.All(joint, m => Assert.Single(m.References));
    }

    [Fact]
    public void Two_decisions_of_one_convention_are_never_one_joint_decision()
    {
        var joint = JointMandates.Group([Decision("basel", "BC-14/21"), Decision("basel", "BC-15/20")]);

        Assert.All(joint, m => Assert.Single(m.References));
    }

    [Fact]
    public void Normalising_sets_aside_the_decisions_own_symbol_white_space_and_case()
    {
        Assert.Equal(
            JointMandates.Normalise("To report on  the implementation of decision BC-14/21", "BC-14/21"),
            JointMandates.Normalise("To Report on the implementation\nof decision SC-9/18", "SC-9/18"));
    }

    internal static DecisionRecord Decision(string convention, string symbol, string? cooperation = null) => new()
    {
        Symbol = symbol,
        Convention = convention,
        TextHash = symbol,
        Mandates =
        [
            Mandate(symbol, 11, null, $"To report on the implementation of decision {symbol} to the Conference of the Parties at its next meeting."),
            Mandate(symbol, 6, "b", cooperation ?? "To continue to cooperate with the United Nations Environment Programme   on indicators;"),
        ],
    };

    private static MandateRecord Mandate(string symbol, int paragraph, string? sub, string text) => new()
    {
        Reference = sub is null ? $"{symbol} {paragraph}" : $"{symbol} {paragraph}({sub})",
        DecisionSymbol = symbol,
        Paragraph = paragraph,
        Subparagraph = sub,
        Verb = "requests",
        Kind = paragraph == 11 ? "report" : "cooperate",
        Text = text,
    };
}
