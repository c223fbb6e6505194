namespace Platform.FaultTests.Harness;

/// <summary>One case's figures: what the flow sent and was acknowledged, and what the views show once the platform is quiet again.</summary>
internal sealed record CaseOutcome(
    string Case,
    int Sent,
    int Acknowledged,
    int Arrived,
    int Lost,
    int AppliedTwice,
    int OutOfOrder,
    TimeSpan? Recovery,
    long DeadLettered,
    long? Absorbed,
    IReadOnlyList<string> Problems)
{
    /// <summary>Nothing lost, nothing applied twice, nothing applied out of order.</summary>
    public bool Clean => Lost == 0 && AppliedTwice == 0 && OutOfOrder == 0;

    public override string ToString() =>
        $"{Case}: sent {Sent}, acknowledged {Acknowledged}, arrived {Arrived}, lost {Lost}, applied twice {AppliedTwice}, out of order {OutOfOrder}, "
        + $"recovery {(Recovery is { } recovery ? $"{recovery.TotalSeconds:0.0} s" : "never")}, dead-lettered {DeadLettered}, "
        + $"duplicates absorbed {(Absorbed?.ToString(CultureInfo.InvariantCulture) ?? "n/a")}"
        + (Problems.Count == 0 ? "" : "\n" + string.Join('\n', Problems));
}

/// <summary>Where the platform stood when a case began: what it had taken in, dead-lettered and absorbed by then.</summary>
internal sealed record CaseStart(string Label, long LastChange, long DeadLettered, long Absorbed);

/// <summary>
/// Compares every source's store with Reporting's read model and the partner-liaison view once the
/// platform is quiet again, Jepsen-style: each acknowledged write must be in its source and in both
/// views (lost otherwise); every message must have been taken in once (applied twice otherwise);
/// and no version may have been applied after a newer one of the same activity (out of order).
/// </summary>
internal static class Reconciliation
{
    private static readonly string[] Sources = [PlatformServices.Basel, PlatformServices.Rotterdam];
    private static readonly string[] Views = [PlatformServices.Reporting, PlatformServices.PartnerLiaison];

    /// <summary>Heals what an earlier case may have left broken, and notes where the platform stands.</summary>
    public static async Task<CaseStart> BeginAsync(FaultPlatform platform, string label)
    {
        platform.BaselLink.Heal();
        return new CaseStart(label, await platform.Stores.LastChangeAsync(), await DeadLetteredAsync(platform), await AbsorbedAsync(platform));
    }

    /// <summary>
    /// Waits until both views hold, for every activity of the case, the version its source holds, or
    /// <paramref name="limit"/> has passed; then counts. Recovery is the time from <paramref name="healed"/>
    /// (the fault's end, on the suite's stopwatch) until the views agreed.
    /// </summary>
    public static async Task<CaseOutcome> SettleAsync(
        FaultPlatform platform, CaseStart start, Flow flow, long healed, TimeSpan limit, bool absorbedComparable = true)
    {
        var deadline = Stopwatch.StartNew();
        TimeSpan? recovery = null;
        Dictionary<Guid, int> sources;
        Dictionary<string, Dictionary<Guid, int>> views;
        while (true)
        {
            sources = await SourceVersionsAsync(platform, start.Label);
            views = await ViewVersionsAsync(platform, start.Label);
            if (sources.All(held => views.Values.All(view => view.GetValueOrDefault(held.Key) == held.Value)))
            {
                recovery = Stopwatch.GetElapsedTime(healed);
                break;
            }

            if (deadline.Elapsed > limit)
            {
                break;
            }

            await Task.Delay(250);
        }

        var changes = (await platform.Stores.ChangesAfterAsync(start.LastChange)).Where(change => sources.ContainsKey(change.Activity)).ToList();
        var problems = new List<string>();

        // Lost: an acknowledged write missing from its source or from a view; or a version a source holds
        // (also one whose answer never came) that a view never got.
        var lost = 0;
        foreach (var write in flow.Writes)
        {
            var inSource = sources.GetValueOrDefault(write.Activity);
            var missingFrom = views.Where(view => view.Value.GetValueOrDefault(write.Activity) < write.Version).Select(view => view.Key).ToList();
            if (inSource < write.Version || missingFrom.Count > 0)
            {
                lost++;
                Note(problems, $"lost: {write.Source} activity {write.Activity} version {write.Version} ({write.Kind}); source holds {inSource}, "
                    + string.Join(", ", views.Select(view => $"{view.Key} {view.Value.GetValueOrDefault(write.Activity)}")));
            }
        }

        var acknowledged = flow.Writes.GroupBy(write => write.Activity).ToDictionary(group => group.Key, group => group.Max(write => write.Version));
        foreach (var (activity, version) in sources.Where(held => held.Value > acknowledged.GetValueOrDefault(held.Key)))
        {
            if (views.Values.Any(view => view.GetValueOrDefault(activity) != version))
            {
                lost++;
                Note(problems, $"lost: activity {activity} version {version}, committed without an answer, is not in every view");
            }
        }

        // Applied twice: one message taken in more than once.
        var appliedTwice = 0;
        foreach (var repeated in changes.Where(change => change.MessageId != Guid.Empty).GroupBy(change => change.MessageId).Where(group => group.Count() > 1))
        {
            appliedTwice += repeated.Count() - 1;
            Note(problems, $"applied twice: message {repeated.Key} (activity {repeated.First().Activity} version {repeated.First().Version}) taken in {repeated.Count()} times");
        }

        // Out of order: a version applied after a newer one of the same activity.
        var outOfOrder = 0;
        foreach (var activity in changes.Where(change => change.Changed).GroupBy(change => change.Activity))
        {
            var newest = 0;
            foreach (var change in activity.OrderBy(change => change.Sequence))
            {
                if (change.Version <= newest)
                {
                    outOfOrder++;
                    Note(problems, $"out of order: activity {activity.Key} version {change.Version} applied after version {newest}");
                }

                newest = Math.Max(newest, change.Version);
            }
        }

        var taken = changes.Select(change => (change.Activity, change.Version)).ToHashSet();
        var arrived = flow.Writes.Count(write => taken.Contains((write.Activity, write.Version)));
        var absorbed = await AbsorbedAsync(platform) - start.Absorbed;
        return new CaseOutcome(
            start.Label, flow.Sent, flow.Acknowledged, arrived, lost, appliedTwice, outOfOrder, recovery,
            await DeadLetteredAsync(platform) - start.DeadLettered, absorbedComparable ? absorbed : null, problems);
    }

    private static async Task<Dictionary<Guid, int>> SourceVersionsAsync(FaultPlatform platform, string label)
    {
        var all = new Dictionary<Guid, int>();
        foreach (var source in Sources)
        {
            foreach (var (activity, version) in await platform.Stores.VersionsTitledAsync(source, label + " "))
            {
                all[activity] = version;
            }
        }

        return all;
    }

    private static async Task<Dictionary<string, Dictionary<Guid, int>>> ViewVersionsAsync(FaultPlatform platform, string label)
    {
        var views = new Dictionary<string, Dictionary<Guid, int>>();
        foreach (var view in Views)
        {
            views[view] = await platform.Stores.VersionsTitledAsync(view, label + " ");
        }

        return views;
    }

    private static async Task<long> DeadLetteredAsync(FaultPlatform platform)
    {
        long total = 0;
        foreach (var view in Views)
        {
            total += (await platform.Ops.DeadLettersAsync(view)).DeadLettered;
        }

        return total;
    }

    private static async Task<long> AbsorbedAsync(FaultPlatform platform)
    {
        long total = 0;
        foreach (var view in Views)
        {
            total += await platform.Ops.InboxDuplicatesAsync(view);
        }

        return total;
    }

    private static void Note(List<string> problems, string problem)
    {
        if (problems.Count < 20)
        {
            problems.Add(problem);
        }
    }
}
