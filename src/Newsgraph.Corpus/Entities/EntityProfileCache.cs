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
/// The stored entities one writer's articles changed, kept parsed between its batches: a widely named entity
/// ("the United States") is otherwise read, parsed from JSON and written back for every article that names it. Only
/// valid while no other writer has committed since this one (the store checks its write stamp and clears
/// it), and cleared when a batch fails, since its entities were changed in place. Bounded: past
/// <see cref="Capacity"/> entities it keeps only those the last batch used (most entities are named once).
/// </summary>
internal sealed class EntityProfileCache
{
    public const int Capacity = 5_000;

    private readonly Dictionary<long, StoredEntity> _entities = [];
    private readonly HashSet<long> _changed = [];
    private readonly HashSet<long> _used = [];

    public bool TryGet(long id, out StoredEntity entity)
    {
        if (!_entities.TryGetValue(id, out entity!)) return false;
        _used.Add(id);
        return true;
    }

    /// <summary>Keeps an entity an article changed, to be written back when the batch's resolution ends.</summary>
    public void Changed(long id, StoredEntity entity)
    {
        _entities[id] = entity;
        _used.Add(id);
        _changed.Add(id);
    }

    public void Remove(long id)
    {
        _entities.Remove(id);
        _changed.Remove(id);
        _used.Remove(id);
    }

    /// <summary>The changed entities, in id order, forgetting that they changed.</summary>
    public List<(long Id, StoredEntity Entity)> TakeChanged()
    {
        var changed = _changed.Order().Select(id => (id, _entities[id])).ToList();
        _changed.Clear();
        return changed;
    }

    /// <summary>After a batch's entities are written: past its capacity, forgets the entities that batch did not use.</summary>
    public void Trim()
    {
        if (_entities.Count > Capacity)
            foreach (var id in _entities.Keys.Where(id => !_used.Contains(id)).ToList()) _entities.Remove(id);
        _used.Clear();
    }

    public void Clear()
    {
        _entities.Clear();
        _changed.Clear();
        _used.Clear();
    }
}
