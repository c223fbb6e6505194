using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;

namespace Platform.ServiceDefaults.Persistence;

/// <summary>
/// Compares and snapshots every <c>List&lt;string&gt;</c> column (partners, mandates, conventions,
/// ...) with plain methods. EF's own comparer for such lists passes the element comparer to its
/// helper as a nested lambda, so every comparison and every snapshot (each tracked entity, each
/// save) creates a delegate from a dynamic method, whose clean-up kept the finalizer thread busy.
/// The stored form does not change.
/// </summary>
internal sealed class StringListComparison : IModelFinalizingConvention
{
    public static readonly ValueComparer<List<string>> Comparer = new(
        (left, right) => AreEqual(left, right),
        list => HashOf(list),
        list => Copy(list));

    public void ProcessModelFinalizing(IConventionModelBuilder modelBuilder, IConventionContext<IConventionModelBuilder> context)
    {
        foreach (var entityType in modelBuilder.Metadata.GetEntityTypes())
        {
            foreach (var property in entityType.GetDeclaredProperties())
            {
                if (property.ClrType == typeof(List<string>) && property.GetValueConverter() is null)
                {
                    property.SetValueComparer(Comparer);
                }
            }
        }
    }

    private static bool AreEqual(List<string>? left, List<string>? right) =>
        left is null || right is null ? left is null && right is null : left.SequenceEqual(right, StringComparer.Ordinal);

    private static int HashOf(List<string> list)
    {
        var hash = new HashCode();
        foreach (var item in list)
        {
            hash.Add(item, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    private static List<string> Copy(List<string> list) => [.. list];
}
