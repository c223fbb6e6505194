namespace Reporting.Reports.Runs;

/// <summary>
/// The symbol of a joint information document of the three COPs. The INF numbers are assigned
/// by the conference services, often after the report is compiled, so the compiled symbol keeps
/// the letters x, y and z and the document puts in the numbers assigned so far
/// (<see cref="Documents.DocumentSymbols"/>).
/// </summary>
public static class JointDocumentSymbol
{
    public const char EnDash = '\u2013';

    public static string For(int baselMeeting, int rotterdamMeeting, int stockholmMeeting) =>
        string.Join(EnDash,
            $"UNEP/CHW.{baselMeeting}/INF/x",
            $"UNEP/FAO/RC/COP.{rotterdamMeeting}/INF/y",
            $"UNEP/POPS/COP.{stockholmMeeting}/INF/z");
}
