namespace Reporting.Reports.Runs;

/// <summary>An item a run fetched from its source because the read model lacked it or held an older version.</summary>
public sealed record RunRepair(string Kind, string Id, int Version)
{
    // Stored as "kind id version": no id of any kind contains a space.
    public static string Format(string kind, string id, int version) => $"{kind} {id} {version}";

    public static RunRepair Parse(string stored)
    {
        var parts = stored.Split(' ');
        return new RunRepair(parts[0], parts[1], int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
    }
}
