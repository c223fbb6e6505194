using Reporting.Reports.Documents;

namespace Reporting.Reports.Runs;

/// <summary>
/// One request for a consolidated report, stored before any work starts so that a restart of
/// the service resumes it: sources that already answered keep their answer, the others are asked again.
/// </summary>
public sealed class ReportRun
{
    public Guid Id { get; set; }

    public required string Kind { get; set; }

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    public List<string> Decisions { get; set; } = [];

    public int BaselMeeting { get; set; }

    public int RotterdamMeeting { get; set; }

    public int StockholmMeeting { get; set; }

    public string? BaselVenue { get; set; }

    public DateOnly? BaselMeetingFrom { get; set; }

    public DateOnly? BaselMeetingTo { get; set; }

    public string? RotterdamVenue { get; set; }

    public DateOnly? RotterdamMeetingFrom { get; set; }

    public DateOnly? RotterdamMeetingTo { get; set; }

    public string? StockholmVenue { get; set; }

    public DateOnly? StockholmMeetingFrom { get; set; }

    public DateOnly? StockholmMeetingTo { get; set; }

    /// <summary>The item of the provisional agendas (<c>4 (b)</c>); null when not given.</summary>
    public string? AgendaItem { get; set; }

    public string? AgendaItemTitle { get; set; }

    /// <summary>The INF numbers the conference services assigned; they may be set after the run is compiled.</summary>
    public int? BaselDocumentNumber { get; set; }

    public int? RotterdamDocumentNumber { get; set; }

    public int? StockholmDocumentNumber { get; set; }

    public string State { get; set; } = ReportRunStates.Collecting;

    public string? RequestedBy { get; set; }

    /// <summary>UTC.</summary>
    public DateTime RequestedAt { get; set; }

    /// <summary>UTC. A source that has not answered by then is missing.</summary>
    public DateTime Deadline { get; set; }

    /// <summary>UTC.</summary>
    public DateTime? FinishedAt { get; set; }

    public string? Error { get; set; }

    /// <summary>
    /// The replica of the reporting service that carries the run through (<see cref="ReportRunLeases"/>),
    /// or that finished it; null while nobody holds it.
    /// </summary>
    public string? ClaimedBy { get; set; }

    /// <summary>UTC. Until when <see cref="ClaimedBy"/> holds the run unless it renews its claim; null once finished or given up.</summary>
    public DateTime? LeaseUntil { get; set; }

    /// <summary>The compiled <see cref="Model.ConsolidatedReport"/> as JSON (web defaults).</summary>
    public string? ReportJson { get; set; }

    public List<ReportRunSource> Sources { get; set; } = [];

    /// <summary>
    /// Where the compiled report stands in its review (<see cref="Reviews.ReviewStates"/>): null
    /// until the run is compiled, and for a run that failed.
    /// </summary>
    public string? Review { get; set; }

    /// <summary>
    /// Counts the review's moves and the changes of the document numbers. Every move names the
    /// count it was decided on, so two moves at once (two clearances, an edit and a submission,
    /// new numbers and the issue) are taken one after the other, each decided on what the other left.
    /// </summary>
    public int ReviewVersion { get; set; }

    /// <summary>How many times the draft was submitted: the round the clearances belong to.</summary>
    public int ReviewRound { get; set; }

    /// <summary>The conventions that cleared the current round, in the order they did; a return empties it.</summary>
    public List<string> ClearedBy { get; set; } = [];

    /// <summary>UTC; when the report was issued and its documents frozen.</summary>
    public DateTime? IssuedAt { get; set; }

    public string? IssuedBy { get; set; }

    public bool IsFinished => State is ReportRunStates.Completed or ReportRunStates.Partial or ReportRunStates.Failed;

    public ReportMeetings Meetings => new(
        new ReportMeeting(BaselMeeting, BaselVenue, BaselMeetingFrom, BaselMeetingTo),
        new ReportMeeting(RotterdamMeeting, RotterdamVenue, RotterdamMeetingFrom, RotterdamMeetingTo),
        new ReportMeeting(StockholmMeeting, StockholmVenue, StockholmMeetingFrom, StockholmMeetingTo));

    public ReportAgendaItem? Agenda => AgendaItem is null ? null : new ReportAgendaItem(AgendaItem, AgendaItemTitle);

    public DocumentNumbers DocumentNumbers
    {
        get => new(BaselDocumentNumber, RotterdamDocumentNumber, StockholmDocumentNumber);
        set => (BaselDocumentNumber, RotterdamDocumentNumber, StockholmDocumentNumber) = (value.Basel, value.Rotterdam, value.Stockholm);
    }
}

/// <summary>One source service's part in a run.</summary>
public sealed class ReportRunSource
{
    public Guid RunId { get; set; }

    public required string Name { get; set; }

    public string State { get; set; } = ReportSourceStates.Pending;

    /// <summary>How many items its manifest listed.</summary>
    public int Items { get; set; }

    /// <summary>What the run fetched because the read model lacked it or held an older version.</summary>
    public List<string> Repairs { get; set; } = [];

    public string? Problem { get; set; }

    /// <summary>UTC.</summary>
    public DateTime? AnsweredAt { get; set; }
}

public static class ReportRunStates
{
    public const string Collecting = "collecting";
    public const string Compiling = "compiling";
    public const string Completed = "completed";
    public const string Partial = "partial";
    public const string Failed = "failed";
}

public static class ReportSourceStates
{
    public const string Pending = "pending";
    public const string Answered = "answered";
    public const string Missing = "missing";
}

internal sealed class ReportRunConfiguration : IEntityTypeConfiguration<ReportRun>, IEntityTypeConfiguration<ReportRunSource>
{
    public void Configure(EntityTypeBuilder<ReportRun> builder)
    {
        builder.ToTable("report_runs");
        builder.HasKey(run => run.Id);
        builder.Property(run => run.Kind).HasMaxLength(60);
        builder.Property(run => run.State).HasMaxLength(20);
        builder.Property(run => run.RequestedBy).HasMaxLength(200);
        builder.Property(run => run.Error).HasMaxLength(4000);
        builder.Property(run => run.ClaimedBy).HasMaxLength(200);
        builder.Property(run => run.Review).HasMaxLength(20).IsConcurrencyToken();
        builder.Property(run => run.ReviewVersion).IsConcurrencyToken();
        builder.Property(run => run.IssuedBy).HasMaxLength(200);
        builder.Property(run => run.BaselVenue).HasMaxLength(ReportRunRequest.MaxVenueLength);
        builder.Property(run => run.RotterdamVenue).HasMaxLength(ReportRunRequest.MaxVenueLength);
        builder.Property(run => run.StockholmVenue).HasMaxLength(ReportRunRequest.MaxVenueLength);
        builder.Property(run => run.AgendaItem).HasMaxLength(ReportRunRequest.MaxAgendaItemLength);
        builder.Property(run => run.AgendaItemTitle).HasMaxLength(ReportRunRequest.MaxAgendaTitleLength);
        builder.HasIndex(run => run.State);
        builder.HasMany(run => run.Sources).WithOne().HasForeignKey(source => source.RunId);
        builder.Ignore(run => run.IsFinished);
        builder.Ignore(run => run.Meetings);
        builder.Ignore(run => run.Agenda);
        builder.Ignore(run => run.DocumentNumbers);
    }

    public void Configure(EntityTypeBuilder<ReportRunSource> builder)
    {
        builder.ToTable("report_run_sources");
        builder.HasKey(source => new { source.RunId, source.Name });
        builder.Property(source => source.Name).HasMaxLength(40);
        builder.Property(source => source.State).HasMaxLength(20);
        builder.Property(source => source.Problem).HasMaxLength(2000);
    }
}
