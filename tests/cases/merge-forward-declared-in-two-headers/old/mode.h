#pragma once

enum class Mode : int { kRead, kWrite };
