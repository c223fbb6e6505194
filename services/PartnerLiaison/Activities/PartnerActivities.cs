using Platform.Contracts.Activities;
using Platform.ServiceDefaults.Persistence;

namespace PartnerLiaison.Activities;

/// <summary>Applies an activity snapshot to this service's view of the activities when it is newer than what is held.</summary>
public static class PartnerActivities
{
    /// <summary>True when the snapshot changed the view. The caller saves.</summary>
    public static async Task<bool> ApplyAsync(
        PartnerLiaisonDbContext db, ActivitySnapshot activity, Guid sourceMessageId, CancellationToken cancellationToken)
    {
        var held = await db.Activities.FindAsync([activity.Id], cancellationToken);
        return db.Activities.ApplyIfNewer(held, held?.Version, activity.Version,
            () => new PartnerActivity
            {
                ActivityId = activity.Id,
                Convention = activity.Convention,
                Title = activity.Title,
                Type = activity.Type,
                Status = activity.Status,
            },
            known => known.Apply(activity, sourceMessageId));
    }
}
