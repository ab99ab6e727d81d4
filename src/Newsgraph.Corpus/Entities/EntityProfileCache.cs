namespace Newsgraph.Corpus.Entities;

/// <summary>A stored cross-article entity as resolution reads it: its parsed profile, roles and counts.</summary>
internal sealed class StoredEntity(AcrossEntityProfile profile, List<EntityRole> roles, int articles, int mentions)
{
    public AcrossEntityProfile Profile { get; } = profile;
    public List<EntityRole> Roles { get; } = roles;
    public int Articles { get; set; } = articles;
    public int Mentions { get; set; } = mentions;
}

/// <summary>
/// The stored entities one writer has parsed, kept between its batches: a widely named entity ("the United
/// States") is otherwise read, parsed from JSON and written back for every article that names it. Only
/// valid while no other writer has committed since this one (the store checks its write stamp and clears
/// it), and cleared when a batch fails, since its entities were changed in place. Bounded: past
/// <see cref="Capacity"/> entities it starts again empty, which costs one re-read of each.
/// </summary>
internal sealed class EntityProfileCache
{
    public const int Capacity = 20_000;

    private readonly Dictionary<long, StoredEntity> _entities = [];
    private readonly HashSet<long> _changed = [];

    public bool TryGet(long id, out StoredEntity entity) => _entities.TryGetValue(id, out entity!);

    public void Add(long id, StoredEntity entity) => _entities[id] = entity;

    /// <summary>Marks an entity to be written back when the batch's resolution ends.</summary>
    public void Changed(long id) => _changed.Add(id);

    public void Remove(long id)
    {
        _entities.Remove(id);
        _changed.Remove(id);
    }

    /// <summary>The changed entities, in id order, forgetting that they changed.</summary>
    public List<(long Id, StoredEntity Entity)> TakeChanged()
    {
        var changed = _changed.Order().Select(id => (id, _entities[id])).ToList();
        _changed.Clear();
        return changed;
    }

    /// <summary>Empties the cache when it has grown past its capacity (after a batch's entities are written).</summary>
    public void Trim()
    {
        if (_entities.Count > Capacity) Clear();
    }

    public void Clear()
    {
        _entities.Clear();
        _changed.Clear();
    }
}
