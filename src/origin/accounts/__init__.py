"""Associated accounts (issue 5): the account graph, binding rules, joint action, ban evasion.

Importing the package registers joint-action reversal as an enforcement ticket listener, and
``origin.models`` imports it, so every process that opens a workspace reverses joint actions
when a ticket is overturned, whichever code path overturns it.
"""
from origin.accounts import joint as _joint

_joint.register()
