using MassTransit;
using Platform.Contracts.AssistanceRequests;

namespace Reporting.ReadModel.AssistanceRequests;

/// <summary>Keeps the newest version of each Party assistance request.</summary>
public sealed class AssistanceEventsConsumer(ReportingDbContext db)
    : IConsumer<AssistanceRequestOpened>, IConsumer<AssistanceRequestRevised>, IConsumer<AssistanceRequestClosed>
{
    public Task Consume(ConsumeContext<AssistanceRequestOpened> context) => ApplyAsync(context.Message.Request, context);

    public Task Consume(ConsumeContext<AssistanceRequestRevised> context) => ApplyAsync(context.Message.Request, context);

    public Task Consume(ConsumeContext<AssistanceRequestClosed> context) => ApplyAsync(context.Message.Request, context);

    private Task ApplyAsync(AssistanceRequestSnapshot request, ConsumeContext context) =>
        AssistanceRecords.ApplyAsync(db, request, context.MessageId ?? Guid.Empty, context.CancellationToken);
}

public sealed class AssistanceEventsConsumerDefinition : ReadModelConsumerDefinition<AssistanceEventsConsumer>;
