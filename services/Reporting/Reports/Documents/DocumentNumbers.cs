namespace Reporting.Reports.Documents;

/// <summary>
/// The INF numbers the conference services give the joint document, one per COP
/// (<c>UNEP/CHW.15/INF/36</c> is Basel's 36). A number not yet assigned is null.
/// </summary>
public sealed record DocumentNumbers(int? Basel, int? Rotterdam, int? Stockholm)
{
    public const int Max = 999;

    public static DocumentNumbers None { get; } = new(null, null, null);

    public bool IsComplete => Basel is not null && Rotterdam is not null && Stockholm is not null;
}
