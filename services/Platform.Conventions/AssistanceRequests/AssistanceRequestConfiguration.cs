namespace Platform.Conventions.AssistanceRequests;

internal sealed class AssistanceRequestConfiguration : IEntityTypeConfiguration<AssistanceRequest>
{
    public void Configure(EntityTypeBuilder<AssistanceRequest> builder)
    {
        builder.ToTable("assistance_requests");
        builder.HasKey(request => request.Id);
        builder.Property(request => request.Id).ValueGeneratedNever();
        builder.Property(request => request.Convention).HasMaxLength(20);
        builder.Property(request => request.Party).HasMaxLength(2);
        builder.Property(request => request.Subject).HasMaxLength(300);
        builder.Property(request => request.Description).HasMaxLength(8000);
        builder.Property(request => request.Outcome).HasMaxLength(8000);
        builder.Property(request => request.Mandate).HasMaxLength(60);
        builder.Property(request => request.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(request => request.Version).IsConcurrencyToken();
        // The list's order, and the party and mandate filters' seeks in that order.
        builder.HasIndex(request => new { request.ReceivedOn, request.Id });
        builder.HasIndex(request => new { request.Party, request.ReceivedOn, request.Id });
        builder.HasIndex(request => new { request.Mandate, request.ReceivedOn, request.Id });
    }
}
