using System.Text.Json;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Platform.ServiceDefaults.Persistence;

/// <summary>
/// The last check before the database sees a change: no string is longer than its column and none
/// holds a NUL. SQLite would store either, PostgreSQL refuses both with an error the caller could
/// only answer with a 500; checked here, both providers behave the same, and a request that slipped
/// past its own validation gets a 400 naming the field (<see cref="StoredTextException"/>).
/// Requests are validated field by field first; this guards what they miss (parsed decision parts,
/// values a query supplied, records built from messages).
/// </summary>
internal sealed class StoredTextGuard : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            foreach (var property in entry.Properties)
            {
                if (property.CurrentValue is not string text || (entry.State == EntityState.Modified && !property.IsModified))
                {
                    continue;
                }

                var field = JsonNamingPolicy.CamelCase.ConvertName(property.Metadata.Name);
                if (property.Metadata.GetMaxLength() is { } maxLength && text.Length > maxLength)
                {
                    throw new StoredTextException(field, $"'{field}' must be at most {maxLength} characters.");
                }

                if (text.Contains('\0', StringComparison.Ordinal))
                {
                    throw new StoredTextException(field, $"'{field}' holds the control character U+0000; remove it.");
                }
            }
        }
    }
}

/// <summary>A value the store cannot keep as it is; answered as a 400 naming <see cref="Field"/>.</summary>
public sealed class StoredTextException(string field, string message) : InvalidOperationException(message)
{
    public string Field { get; } = field;
}
