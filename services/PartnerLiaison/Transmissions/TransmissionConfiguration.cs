using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerLiaison.Organisations;

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
        builder.HasIndex(transmission => transmission.TransmittedOn);
    }
}
