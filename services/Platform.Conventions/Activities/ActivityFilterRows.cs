using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Platform.Conventions.Activities;

/// <summary>
/// Writes <see cref="ActivityPartner"/> and <see cref="ActivityMandate"/> rows from the lists of
/// every activity the context is about to save, in the same save and so the same transaction.
/// Only the difference from the values as read is written: an unchanged activity costs nothing
/// and no row is read first. A deleted activity's rows go with it (cascading foreign key).
/// A new row carries the activity's <c>Start</c> and <c>Withdrawn</c> as saved; when either
/// changes, a trigger on <c>activities</c> (the <c>FilterRowsOrdered</c> migration) sets them on
/// all the activity's rows in the same statement, whoever writes.
/// </summary>
internal static class ActivityFilterRows
{
    public static void Write(ConventionDbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries<Activity>().ToList())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                var (id, start, withdrawn) = (entry.Entity.Id, entry.Entity.Start, entry.Entity.Withdrawn);
                Write(db.ActivityPartners, id, entry, entry.Property(a => a.Partners),
                    partner => new ActivityPartner { ActivityId = id, Partner = partner, Start = start, Withdrawn = withdrawn });
                Write(db.ActivityMandates, id, entry, entry.Property(a => a.Mandates),
                    mandate => new ActivityMandate { ActivityId = id, Mandate = mandate, Start = start, Withdrawn = withdrawn });
            }
        }
    }

    private static void Write<TRow>(
        DbSet<TRow> rows, Guid id, EntityEntry<Activity> entry, PropertyEntry<Activity, List<string>> list, Func<string, TRow> row)
        where TRow : class
    {
        var current = list.CurrentValue.Distinct(StringComparer.Ordinal).ToList();
        var original = entry.State == EntityState.Added ? [] : list.OriginalValue.Distinct(StringComparer.Ordinal).ToList();

        foreach (var value in original.Except(current, StringComparer.Ordinal))
        {
            switch (rows.Local.FindEntryUntyped([id, value]))
            {
                case null: rows.Remove(row(value)); break;
                case { State: EntityState.Added } added: added.State = EntityState.Detached; break;
                case var tracked: tracked.State = EntityState.Deleted; break;
            }
        }

        foreach (var value in current.Except(original, StringComparer.Ordinal))
        {
            switch (rows.Local.FindEntryUntyped([id, value]))
            {
                case null: rows.Add(row(value)); break;
                case { State: EntityState.Deleted } deleted: deleted.State = EntityState.Unchanged; break;
                default: break;
            }
        }
    }
}
