using MassTransit;
using Platform.Contracts.Decisions;

namespace Reporting.ReadModel.Decisions;

/// <summary>Keeps every imported decision with its mandates, and which mandates later decisions replaced.</summary>
public sealed class DecisionEventsConsumer(ReportingDbContext db) : IConsumer<DecisionImported>, IConsumer<MandateSuperseded>
{
    public Task Consume(ConsumeContext<DecisionImported> context) =>
        DecisionRecords.ApplyAsync(db, context.Message, context.MessageId ?? Guid.Empty, context.CancellationToken);

    public Task Consume(ConsumeContext<MandateSuperseded> context) =>
        DecisionRecords.ApplyAsync(db, context.Message, context.MessageId ?? Guid.Empty, context.CancellationToken);
}

public sealed class DecisionEventsConsumerDefinition : ReadModelConsumerDefinition<DecisionEventsConsumer>;
