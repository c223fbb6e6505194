namespace Platform.DemoData;

/// <summary>What one load did, per kind of record: created, brought up to date, or found already there.</summary>
public sealed class DemoLoadSummary
{
    private readonly List<(string Kind, DemoTally Tally)> _tallies = [];

    public IReadOnlyList<(string Kind, DemoTally Tally)> Tallies => _tallies;

    public int Created => _tallies.Sum(t => t.Tally.Created);

    public int Updated => _tallies.Sum(t => t.Tally.Updated);

    /// <summary>True when the platform already held the whole data set: nothing was written.</summary>
    public bool ChangedNothing => Created == 0 && Updated == 0;

    public DemoTally this[string kind] => _tallies.FirstOrDefault(t => t.Kind == kind).Tally ?? new DemoTally();

    internal void Count(string kind, DemoOutcome outcome)
    {
        var tally = Tally(kind);
        switch (outcome)
        {
            case DemoOutcome.Created: tally.Created++; break;
            case DemoOutcome.Updated: tally.Updated++; break;
            default: tally.Existing++; break;
        }
    }

    /// <summary>One paragraph: each kind's figures, then whether anything changed.</summary>
    public override string ToString()
    {
        var parts = _tallies.Select(t => $"{t.Kind}: {t.Tally}");
        var outcome = ChangedNothing
            ? "The platform already held the whole demo data set; nothing was changed."
            : $"{Created} records created and {Updated} brought up to date.";
        return $"Demo data loaded. {string.Join("; ", parts)}. {outcome}";
    }

    private DemoTally Tally(string kind)
    {
        var found = _tallies.FirstOrDefault(t => t.Kind == kind).Tally;
        if (found is null)
        {
            found = new DemoTally();
            _tallies.Add((kind, found));
        }

        return found;
    }
}

public sealed class DemoTally
{
    public int Created { get; internal set; }

    public int Updated { get; internal set; }

    public int Existing { get; internal set; }

    public override string ToString() =>
        $"{Created} created, " + (Updated > 0 ? $"{Updated} updated, " : "") + $"{Existing} already there";
}

public enum DemoOutcome
{
    Created,
    Updated,
    Existing,
}
