using Platform.Conventions.Decisions.Parsing;

namespace Platform.UnitTests.Decisions;

public sealed class DecisionSymbolTests
{
    [Theory]
    [InlineData("BC-14/21", "BC-14/21", "BC", false, "14", "21")]
    [InlineData("RC-9/4", "RC-9/4", "RC", false, "9", "4")]
    [InlineData("SC-9/15", "SC-9/15", "SC", false, "9", "15")]
    [InlineData("BC.Ex-2/1", "BC.Ex-2/1", "BC", true, "Ex-2", "1")]
    [InlineData("IX/10", "IX/10", null, false, "IX", "10")]
    [InlineData("OEWG-IV/10", "OEWG-IV/10", null, false, "IV", "10")]
    public void Every_symbol_form_reads_into_its_parts(string text, string value, string? prefix, bool extraordinary, string meeting, string number)
    {
        Assert.True(DecisionSymbol.TryParse(text, out var symbol));
        Assert.Equal(new DecisionSymbol(value, prefix, extraordinary, meeting, number), symbol);
    }

    [Theory]
    [InlineData("  BC-14/21  ", "BC-14/21")]
    [InlineData("BC‑14/21", "BC-14/21")] // non-breaking hyphen
    [InlineData("BC–14/21", "BC-14/21")] // en dash
    [InlineData("bc-14 / 21", "BC-14/21")]
    [InlineData("Decision SC-9/15", "SC-9/15")]
    [InlineData("BC-Ex-2/1", "BC.Ex-2/1")]
    [InlineData("rc.ex‐1/1", "RC.Ex-1/1")]
    [InlineData("OEWG‑IV/10", "OEWG-IV/10")]
    [InlineData("ix/10", "IX/10")]
    public void Symbols_are_normalised_whatever_hyphen_case_or_spacing_was_typed(string text, string value)
    {
        Assert.True(DecisionSymbol.TryParse(text, out var symbol));
        Assert.Equal(value, symbol.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("UNEP/CHW.14/28")]
    [InlineData("70/1")]
    [InlineData("BC-14")]
    [InlineData("XC-14/21")]
    [InlineData("IIII/2")]
    [InlineData("Ex-2/1")]
    [InlineData("BC-١٤/٢١")] // Arabic-Indic digits: once a FormatException, a 500 for ?symbol=
    [InlineData("RC-９/3")] // full-width digit
    public void Text_that_is_not_a_decision_symbol_is_refused(string text)
    {
        Assert.False(DecisionSymbol.TryParse(text, out var symbol));
        Assert.Null(symbol);
    }
}
