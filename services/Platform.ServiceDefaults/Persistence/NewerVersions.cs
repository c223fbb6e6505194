namespace Platform.ServiceDefaults.Persistence;

/// <summary>
/// How every read model and replica takes in a snapshot another service published: it keeps the
/// newest version of each item, so an event that arrives late (a revision overtaken by a
/// withdrawal) or a repeat changes nothing. The redelivered message is the inbox's business; the
/// caller's unit of work (the inbox filter, a report run) saves.
/// </summary>
/// <remarks>
/// Two versions of one item can be applied at once (messages are consumed concurrently, and a
/// report run fetches what it misses while they are). Each record's version is therefore its
/// concurrency token: the save that read an overtaken version updates no row and fails, the
/// consumer's retry reads again and finds the newer version held. On SQLite the write lock alone
/// would order them; on PostgreSQL, without the token, the older could overwrite the newer.
/// </remarks>
public static class NewerVersions
{
    /// <summary>
    /// Adds <paramref name="create"/>'s record when none is <paramref name="held"/>, and copies the
    /// snapshot onto the record unless it already holds <paramref name="version"/> or a newer one.
    /// </summary>
    /// <param name="heldVersion">The version <paramref name="held"/> is at; null when nothing is held.</param>
    /// <param name="copy">Copies every field of the snapshot, including its version.</param>
    /// <returns>True when the snapshot changed what is held.</returns>
    public static bool ApplyIfNewer<TRecord>(
        this DbSet<TRecord> records, TRecord? held, int? heldVersion, int version, Func<TRecord> create, Action<TRecord> copy)
        where TRecord : class
    {
        if (held is null)
        {
            held = create();
            records.Add(held);
        }
        else if (heldVersion >= version)
        {
            return false;
        }

        copy(held);
        return true;
    }
}
