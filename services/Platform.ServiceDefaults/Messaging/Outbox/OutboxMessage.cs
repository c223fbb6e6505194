using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.ServiceDefaults.Messaging.Outbox;

/// <summary>An event waiting to be relayed to the broker, stored with the change that raised it.</summary>
public sealed class OutboxMessage
{
    /// <summary>Insertion order; the relay publishes in this order.</summary>
    public long Sequence { get; set; }

    /// <summary>
    /// The item the event is about (<see cref="Platform.Contracts.IItemEvent"/>); null for an event
    /// about no one item. A row is relayed only once every earlier row of its item is gone.
    /// </summary>
    public string? ItemKey { get; set; }

    /// <summary>The message id the broker will carry; consumers' inboxes deduplicate on it.</summary>
    public Guid MessageId { get; set; }

    /// <summary>Contract type as <c>Namespace.Type, Assembly</c>.</summary>
    public required string MessageType { get; set; }

    public required string Body { get; set; }

    /// <summary>W3C trace context of the request that raised the event, so the publish joins its trace.</summary>
    public string? TraceParent { get; set; }

    public string? TraceState { get; set; }

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(message => message.Sequence);
        builder.Property(message => message.Sequence).ValueGeneratedOnAdd();
        builder.HasIndex(message => message.MessageId).IsUnique();
        builder.Property(message => message.ItemKey).HasMaxLength(200);
        builder.HasIndex(message => new { message.ItemKey, message.Sequence });
        builder.Property(message => message.MessageType).HasMaxLength(300);
        builder.Property(message => message.TraceParent).HasMaxLength(100);
        builder.Property(message => message.TraceState).HasMaxLength(500);
        builder.Property(message => message.LastError).HasMaxLength(2000);
    }
}
