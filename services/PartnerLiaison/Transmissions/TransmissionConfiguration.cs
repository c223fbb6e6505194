namespace PartnerLiaison.Transmissions;

internal sealed class TransmissionConfiguration : IEntityTypeConfiguration<Transmission>
{
    public void Configure(EntityTypeBuilder<Transmission> builder)
    {
        builder.ToTable("transmissions");
        builder.HasKey(transmission => transmission.Id);
        builder.Property(transmission => transmission.RecipientId).HasMaxLength(PartnerId.MaxLength);
        builder.Property(transmission => transmission.Title).HasMaxLength(TransmissionDetails.TitleMaxLength);
        builder.Property(transmission => transmission.Description).HasMaxLength(TransmissionDetails.DescriptionMaxLength);
        builder.Property(transmission => transmission.Version).IsConcurrencyToken();
        // The list's order, and the recipient filter's seek in it.
        builder.HasIndex(transmission => new { transmission.TransmittedOn, transmission.Id });
        builder.HasIndex(transmission => new { transmission.RecipientId, transmission.TransmittedOn, transmission.Id });
    }
}
