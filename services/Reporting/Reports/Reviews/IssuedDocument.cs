using Reporting.Reports.Runs;

namespace Reporting.Reports.Reviews;

/// <summary>
/// One document of an issued report, in one format and one language, as it was rendered at
/// issue: every later download of that format and language is these bytes.
/// </summary>
public sealed class IssuedDocument
{
    public Guid RunId { get; set; }

    public required string Format { get; set; }

    public required string Language { get; set; }

    public required string ContentType { get; set; }

    public required string FileName { get; set; }

    public required byte[] Content { get; set; }

    /// <summary>The SHA-256 of <see cref="Content"/>, lower-case hexadecimal.</summary>
    public required string Sha256 { get; set; }
}

internal sealed class IssuedDocumentConfiguration : IEntityTypeConfiguration<IssuedDocument>
{
    public void Configure(EntityTypeBuilder<IssuedDocument> builder)
    {
        builder.ToTable("report_issued_documents");
        builder.HasKey(document => new { document.RunId, document.Format, document.Language });
        builder.HasOne<ReportRun>().WithMany().HasForeignKey(document => document.RunId);
        builder.Property(document => document.Format).HasMaxLength(10);
        builder.Property(document => document.Language).HasMaxLength(10);
        builder.Property(document => document.ContentType).HasMaxLength(200);
        builder.Property(document => document.FileName).HasMaxLength(200);
        builder.Property(document => document.Sha256).HasMaxLength(64).IsFixedLength();
    }
}
