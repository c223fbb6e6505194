using Microsoft.EntityFrameworkCore;

namespace Platform.ConventionKernel;

/// <summary>Saves a change guarded by a version token: false when another writer changed the row first.</summary>
internal static class ConcurrentSave
{
    public static async Task<bool> TrySaveAsync(DbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
