namespace Platform.Benchmarks.EndToEnd;

/// <summary>
/// How much load each phase applies and how long it may wait: the full run (under ten minutes on the
/// two-core development machine) or <c>--smoke</c>, which runs every row with a tiny load only to show
/// that it runs. Every loop is bounded by a time and a count.
/// </summary>
internal sealed record Scale
{
    public required int Clients { get; init; }

    /// <summary>Rounds per HTTP figure (the median is taken), each this long, after one warm-up round.</summary>
    public required int Rounds { get; init; }

    public required TimeSpan Round { get; init; }

    public required TimeSpan MessagingDuration { get; init; }

    public required int MessagingMaxMessages { get; init; }

    /// <summary>R2: how long activities are posted, at most how many, and how long their visibility is waited for afterwards.</summary>
    public required TimeSpan LoadDuration { get; init; }

    public required int LoadMaxRequests { get; init; }

    public required TimeSpan VisibilityWait { get; init; }

    /// <summary>Activities posted before R2 is measured, so that it measures warm processes.</summary>
    public required int WarmUpActivities { get; init; }

    /// <summary>R3: outbox rows put in front of the relay at once, and how long its rate is followed.</summary>
    public required int BacklogRows { get; init; }

    public required TimeSpan BacklogWindow { get; init; }

    /// <summary>R5: report sizes (activities) and rounds per size (the largest is measured once).</summary>
    public required int[] ReportSizes { get; init; }

    public required int ReportRounds { get; init; }

    /// <summary>How long a freshly started platform is left alone before its idle memory is read.</summary>
    public required TimeSpan Settle { get; init; }

    public static Scale For(BenchmarkOptions options) => options.Smoke
        ? new Scale
        {
            Clients = Math.Min(options.Clients, 4),
            Rounds = 1,
            Round = TimeSpan.FromMilliseconds(300),
            MessagingDuration = TimeSpan.FromMilliseconds(500),
            MessagingMaxMessages = 2_000,
            LoadDuration = TimeSpan.FromSeconds(2),
            LoadMaxRequests = 200,
            VisibilityWait = TimeSpan.FromSeconds(15),
            WarmUpActivities = 10,
            BacklogRows = 200,
            BacklogWindow = TimeSpan.FromSeconds(5),
            ReportSizes = [10, 100, 1_000],
            ReportRounds = 1,
            Settle = TimeSpan.FromSeconds(1),
        }
        : new Scale
        {
            Clients = options.Clients,
            Rounds = options.Rounds,
            Round = TimeSpan.FromSeconds(1.5),
            MessagingDuration = TimeSpan.FromSeconds(5),
            MessagingMaxMessages = 500_000,
            LoadDuration = TimeSpan.FromSeconds(options.DurationSeconds),
            LoadMaxRequests = 10_000 * options.DurationSeconds,
            VisibilityWait = TimeSpan.FromSeconds(15),
            WarmUpActivities = 300,
            BacklogRows = 20_000,
            BacklogWindow = TimeSpan.FromSeconds(10),
            ReportSizes = [1_000, 10_000, 100_000],
            ReportRounds = 3,
            Settle = TimeSpan.FromSeconds(5),
        };
}
