using System.Globalization;
using System.Text;
using System.Text.Json;
using MassTransit;
using RabbitMQ.Client;

namespace Platform.ServiceDefaults.Operations.DeadLetters;

/// <summary>Reads what operations needs from a message taken from an error queue: its properties, fault headers and envelope.</summary>
internal static class DeadLetterReader
{
    public static DeadLetter Read(ErrorQueue queue, BasicGetResult message)
    {
        var headers = message.BasicProperties.Headers;
        var envelope = Envelope(message);
        return new DeadLetter(
            queue.Name,
            queue.Endpoint,
            MessageIdOf(message),
            MessageTypes(envelope, headers),
            Timestamp(Header(headers, MessageHeaders.FaultTimestamp)),
            Header(headers, MessageHeaders.FaultExceptionType),
            Header(headers, MessageHeaders.FaultMessage),
            Header(headers, MessageHeaders.FaultConsumerType),
            message.Body.Length);
    }

    /// <summary>MassTransit puts the message id in the AMQP <c>message-id</c> property, and in the envelope.</summary>
    public static Guid? MessageIdOf(BasicGetResult message)
    {
        if (Guid.TryParse(message.BasicProperties.MessageId, out var id))
        {
            return id;
        }

        return Envelope(message) is { } envelope
            && envelope.TryGetProperty("messageId", out var value)
            && Guid.TryParse(value.GetString(), out var fromEnvelope)
                ? fromEnvelope
                : null;
    }

    private static JsonElement? Envelope(BasicGetResult message)
    {
        if (message.BasicProperties.ContentType?.Contains("vnd.masstransit+json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(message.Body);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string[] MessageTypes(JsonElement? envelope, IDictionary<string, object?>? headers)
    {
        if (envelope is { } body && body.TryGetProperty("messageType", out var types) && types.ValueKind == JsonValueKind.Array)
        {
            return [.. types.EnumerateArray().Select(type => type.GetString()).OfType<string>()];
        }

        // Raw JSON messages carry their types in a header instead.
        return Header(headers, MessageHeaders.MessageType)?.Split(';', StringSplitOptions.RemoveEmptyEntries) ?? [];
    }

    private static string? Header(IDictionary<string, object?>? headers, string name) =>
        headers is not null && headers.TryGetValue(name, out var value)
            ? value switch
            {
                null => null,
                byte[] text => Encoding.UTF8.GetString(text),
                AmqpTimestamp time => DateTimeOffset.FromUnixTimeSeconds(time.UnixTime).ToString("O", CultureInfo.InvariantCulture),
                _ => Convert.ToString(value, CultureInfo.InvariantCulture),
            }
            : null;

    private static DateTimeOffset? Timestamp(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;
}
