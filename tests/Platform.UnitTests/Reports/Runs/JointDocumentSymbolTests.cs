using Reporting.Reports.Runs;

namespace Platform.UnitTests.Reports.Runs;

public sealed class JointDocumentSymbolTests
{
    [Fact]
    public void The_joint_symbol_joins_the_three_cop_symbols_with_en_dashes_and_leaves_the_inf_numbers_open()
    {
        Assert.Equal(
            "UNEP/CHW.15/INF/x\u2013UNEP/FAO/RC/COP.10/INF/y\u2013UNEP/POPS/COP.10/INF/z",
            JointDocumentSymbol.For(15, 10, 10));
    }
}
