using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;

using Reporting.Reports.Runs;

namespace Reporting.Reports.Reviews;

/// <summary>
/// One step of a report's review, as its history shows it: who did what, in which role, when,
/// from which review state to which, with the comments given. Steps are only ever added.
/// </summary>
public sealed class ReviewStep
{
    /// <summary>Given by the database in the order the steps were stored: the history's order.</summary>
    public long Id { get; set; }

    public Guid RunId { get; set; }

    /// <summary><see cref="ReviewActions"/>.</summary>
    public required string Action { get; set; }

    public required string Who { get; set; }

    /// <summary>The role the step was taken in: <c>report-compiler</c>, or the team of <see cref="Convention"/>.</summary>
    public required string Role { get; set; }

    /// <summary>UTC.</summary>
    public DateTime At { get; set; }

    public required string From { get; set; }

    public required string To { get; set; }

    /// <summary>The submission the step belongs to (0 before the first).</summary>
    public int Round { get; set; }

    /// <summary>The convention that cleared or returned the report.</summary>
    public string? Convention { get; set; }

    /// <summary>The section whose text was edited.</summary>
    public string? Section { get; set; }

    public List<ReviewComment> Comments { get; set; } = [];
}

/// <summary>A reviewer's comment, on one section or (without one) on the report as a whole.</summary>
public sealed record ReviewComment(string? Section, string Text);

/// <summary>What a step did.</summary>
public static class ReviewActions
{
    public const string Edited = "edited";
    public const string Submitted = "submitted";
    public const string Cleared = ReviewDecisions.Cleared;
    public const string Returned = ReviewDecisions.Returned;
    public const string Issued = "issued";
}

internal sealed class ReviewStepConfiguration : IEntityTypeConfiguration<ReviewStep>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<ReviewStep> builder)
    {
        builder.ToTable("report_review_steps");
        builder.HasKey(step => step.Id);
        builder.Property(step => step.Id).ValueGeneratedOnAdd();
        builder.HasIndex(step => new { step.RunId, step.Id });
        builder.HasOne<ReportRun>().WithMany().HasForeignKey(step => step.RunId);
        builder.Property(step => step.Action).HasMaxLength(20);
        builder.Property(step => step.Who).HasMaxLength(200);
        builder.Property(step => step.Role).HasMaxLength(40);
        builder.Property(step => step.From).HasMaxLength(20);
        builder.Property(step => step.To).HasMaxLength(20);
        builder.Property(step => step.Convention).HasMaxLength(20);
        builder.Property(step => step.Section).HasMaxLength(ReportSectionEdit.MaxSectionIdLength);
        // The comments are read and written with their step only: one JSON text, on either database.
        builder.Property(step => step.Comments)
            .HasConversion(
                comments => JsonSerializer.Serialize(comments, Json),
                json => JsonSerializer.Deserialize<List<ReviewComment>>(json, Json) ?? new List<ReviewComment>(),
                new ValueComparer<List<ReviewComment>>(
                    (left, right) => left!.SequenceEqual(right!),
                    comments => comments.Aggregate(0, (hash, comment) => HashCode.Combine(hash, comment)),
                    comments => comments.ToList()));
    }
}
