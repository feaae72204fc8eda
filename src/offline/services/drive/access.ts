/**
 * Who may do what with a Drive item, per user: the owner, the people it is shared with
 * (editors, viewers), link sharing, and what the item inherits from its folders ("All child files
 * and folders inherit permissions from the parent",
 * https://developers.google.com/workspace/drive/api/guides/manage-sharing). The owner of a folder
 * may edit what others put in it (stricter reading: an inherited writer, not an owner).
 * An item written by an older runtime has no owner: everyone's, as when the runtime knew one user.
 */

export type DriveRole = 'owner' | 'writer' | 'reader' | null;

export interface Shared {
  /** Who made it; absent in an index written before owners were kept. */
  owner?: string;
  editors?: string[];
  viewers?: string[];
  /** Sharing as set by setSharing: [access, permission]. */
  sharing?: [string, string];
  /** The users for whom the app holds drive.file access; absent in an older index: everyone. */
  appUsers?: string[];
  /** Made by the user in Drive, not by the add-on: no app holds drive.file access to it. */
  byHand?: boolean;
  parentId?: string | null;
  folderId?: string;
}

const RANK: Record<Exclude<DriveRole, null>, number> = { reader: 1, writer: 2, owner: 3 };

function has(list: string[] | undefined, user: string): boolean {
  const wanted = user.toLowerCase();
  return (list ?? []).some((email) => email.toLowerCase() === wanted);
}

function better(a: DriveRole, b: DriveRole): DriveRole {
  if (!a) return b;
  if (!b) return a;
  return RANK[a] >= RANK[b] ? a : b;
}

/** The role an item gives the user by itself (not through its folders). */
function ownRole(item: Shared, user: string, inherited: boolean): DriveRole {
  if (item.owner === undefined) return 'writer';
  if (item.owner.toLowerCase() === user.toLowerCase()) return inherited ? 'writer' : 'owner';
  if (has(item.editors, user)) return 'writer';
  const [access, permission] = item.sharing ?? ['PRIVATE', 'NONE'];
  let role: DriveRole = has(item.viewers, user) ? 'reader' : null;
  // Link sharing opens a file for anyone who has its ID (the domain is not known offline: not counted).
  if (access === 'ANYONE' || access === 'ANYONE_WITH_LINK')
    role = better(role, permission === 'EDIT' ? 'writer' : permission === 'NONE' ? null : 'reader');
  return role;
}

/** The user's role on an item: its own, or the best its folders give (My Drive's root gives none). */
export function roleOf(
  item: Shared,
  user: string | undefined,
  folder: (id: string) => Shared | undefined,
): DriveRole {
  if (!user) return 'owner';
  let role = ownRole(item, user, false);
  const seen = new Set<string>();
  let parentId = item.folderId ?? item.parentId ?? null;
  while (parentId && !seen.has(parentId) && role !== 'owner') {
    seen.add(parentId);
    const parent = folder(parentId);
    if (!parent || parent.parentId === null || parent.parentId === undefined) break;
    role = better(role, ownRole(parent, user, true));
    parentId = parent.parentId;
  }
  return role;
}
