using Microsoft.Extensions.DependencyInjection;
using Platform.Conventions.Activities;
using Platform.Conventions.Persistence;

namespace Platform.Benchmarks.Lists;

/// <summary>
/// Activities written straight into a convention service's database, in batches: set-up, not what
/// is measured. Dates spread over twenty years, a few of forty partners and sixty mandates each,
/// every status and type, one in twenty withdrawn.
/// </summary>
internal sealed class ActivitySeed(Random random)
{
    public static IReadOnlyList<string> Partners { get; } = [.. Enumerable.Range(1, 40).Select(i => $"partner-{i:00}")];

    public static IReadOnlyList<string> Mandates { get; } = [.. Enumerable.Range(1, 60).Select(i => $"BC-{12 + (i / 20)}/{(i % 20) + 1}")];

    private const int Batch = 5_000;
    private static readonly DateOnly First = new(2010, 1, 1);
    private int _written;

    public async Task AddAsync(IServiceProvider services, int count, CancellationToken cancellationToken = default)
    {
        for (var done = 0; done < count; done += Batch)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ConventionDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Activities.AddRange(Enumerable.Range(0, Math.Min(Batch, count - done)).Select(_ => Next()));
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private Activity Next()
    {
        var number = ++_written;
        var start = First.AddDays(random.Next(20 * 365));
        var now = DateTime.UtcNow;
        return new Activity
        {
            Id = Guid.NewGuid(),
            Convention = "basel",
            Version = 1,
            Title = $"Activity {number}: workshop on the environmentally sound management of wastes",
            Description = "Seeded for the list benchmark.",
            Type = Pick(Enum.GetValues<ActivityType>()),
            Status = Pick(Enum.GetValues<ActivityStatus>()),
            Start = start,
            End = random.Next(3) == 0 ? null : start.AddDays(random.Next(30)),
            Partners = [.. Partners.OrderBy(_ => random.Next()).Take(random.Next(4))],
            Mandates = [.. Mandates.OrderBy(_ => random.Next()).Take(random.Next(3))],
            Withdrawn = random.Next(20) == 0,
            RecordedAt = now,
            UpdatedAt = now,
        };
    }

    private T Pick<T>(T[] values) => values[random.Next(values.Length)];
}
