using Reporting.Reports.Runs;

namespace Reporting.Reports.Reviews;

/// <summary>
/// The compiler's text for one section of a run's report, which replaces the generated text in
/// every document of the run. A section no one has edited has no row: its text is the generated
/// one, at version 1. A run compiled after an issued one of the same kind starts with the issued
/// run's texts for the sections it still has (<see cref="CarriedFrom"/>), at version 1 too.
/// </summary>
public sealed class ReportSectionEdit
{
    public const int MaxSectionIdLength = 120;
    public const int MaxTextLength = 50_000;

    public Guid RunId { get; set; }

    public required string Section { get; set; }

    public required string Text { get; set; }

    public int Version { get; set; }

    public required string EditedBy { get; set; }

    /// <summary>UTC.</summary>
    public DateTime EditedAt { get; set; }

    /// <summary>The issued run this text was carried over from, until it is edited in this run.</summary>
    public Guid? CarriedFrom { get; set; }
}

internal sealed class ReportSectionEditConfiguration : IEntityTypeConfiguration<ReportSectionEdit>
{
    public void Configure(EntityTypeBuilder<ReportSectionEdit> builder)
    {
        builder.ToTable("report_section_edits");
        builder.HasKey(edit => new { edit.RunId, edit.Section });
        builder.HasOne<ReportRun>().WithMany().HasForeignKey(edit => edit.RunId);
        builder.Property(edit => edit.Section).HasMaxLength(ReportSectionEdit.MaxSectionIdLength);
        builder.Property(edit => edit.Version).IsConcurrencyToken();
        builder.Property(edit => edit.EditedBy).HasMaxLength(200);
    }
}
